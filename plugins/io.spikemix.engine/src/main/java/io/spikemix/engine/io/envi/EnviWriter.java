package io.spikemix.engine.io.envi;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.AtomicFiles;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link SpectralCube} as an ENVI image: float32, BSQ, little endian, with the band axis as
 * {@code wavelength} (plus {@code fwhm} and {@code band names} when known).
 *
 * <p>The data file is {@code <base>.img} next to the header {@code <base>.hdr}. Masked pixels are written as
 * {@link #MASKED_VALUE} (−FLT_MAX, the usual float "no data"), which the header declares as
 * {@code data ignore value}, so {@link EnviReader} masks them again. Both files are first written to temporary
 * files in the target directory and then moved into place together ({@link AtomicFiles#replaceTogether}), so a
 * failure never leaves a partial image, nor a new data file beside an old header.
 *
 * <p>Time O(values); memory one tile of at most 16 MiB.
 */
public final class EnviWriter {

    /** The value written for masked pixels and declared as {@code data ignore value}. */
    public static final float MASKED_VALUE = -Float.MAX_VALUE;

    private static final int TILE_VALUES = 4 << 20;

    private EnviWriter() {
    }

    /**
     * Writes {@code cube} to {@code hdr} (must end in .hdr) and the data file beside it.
     *
     * @return the data file written
     */
    public static Path write(SpectralCube cube, Path hdr, ProgressMonitor monitor) throws IOException,
            CanceledException {
        String name = hdr.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".hdr")) {
            throw new IllegalArgumentException("The 'hdr' parameter must name a file ending in .hdr. Got " + name
                    + " instead.");
        }
        Path dir = hdr.toAbsolutePath().getParent();
        Path data = hdr.resolveSibling(name.substring(0, name.length() - 4) + ".img");
        Path tmpData = AtomicFiles.createTemporary(dir, name + ".img");
        Path tmpHdr = AtomicFiles.createTemporary(dir, name);
        try {
            try {
                writeData(cube, tmpData, monitor);
            } catch (IOException e) {
                throw AtomicFiles.namingFile(data, e);
            }
            try {
                Files.writeString(tmpHdr, headerText(cube), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw AtomicFiles.namingFile(hdr, e);
            }
            AtomicFiles.replaceTogether(List.of(tmpData, tmpHdr), List.of(data, hdr));
            return data;
        } finally {
            Files.deleteIfExists(tmpData);
            Files.deleteIfExists(tmpHdr);
        }
    }

    private static void writeData(SpectralCube cube, Path file, ProgressMonitor monitor) throws IOException,
            CanceledException {
        int nPixels = cube.pixelCount();
        int nb = cube.bandCount();
        SpectralMatrix m = cube.spectra();
        int[] rowOfPixel = new int[nPixels];
        java.util.Arrays.fill(rowOfPixel, -1);
        for (int r = 0; r < cube.validCount(); r++) {
            rowOfPixel[cube.pixelIndex(r)] = r;
        }
        int tilePixels = Math.max(1, Math.min(nPixels, TILE_VALUES / nb));
        ByteBuffer buf = ByteBuffer.allocateDirect(tilePixels * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer fb = buf.asFloatBuffer();
        float[] column = new float[tilePixels];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int p0 = 0; p0 < nPixels; p0 += tilePixels) {
                monitor.checkCanceled();
                int n = Math.min(tilePixels, nPixels - p0);
                for (int b = 0; b < nb; b++) {
                    // each band is a separate write far into the file; with thousands of bands a tile can take
                    // seconds on a slow disk, longer than Ctrl-C may wait
                    monitor.checkCanceled();
                    for (int i = 0; i < n; i++) {
                        int r = rowOfPixel[p0 + i];
                        column[i] = r < 0 ? MASKED_VALUE : m.blockOf(r)[m.offsetOf(r) + b];
                    }
                    fb.clear();
                    fb.put(column, 0, n);
                    buf.clear();
                    buf.limit(n * Float.BYTES);
                    long at = ((long) b * nPixels + p0) * Float.BYTES;
                    while (buf.hasRemaining()) {
                        at += ch.write(buf, at);
                    }
                }
                double f = (double) (p0 + n) / nPixels;
                monitor.setProgress(f, () -> "Writing ENVI data");
            }
        }
    }

    static String headerText(SpectralCube cube) {
        StringBuilder sb = new StringBuilder();
        sb.append("ENVI\n");
        sb.append("description = {SpikeMix float32 BSQ export}\n");
        sb.append("samples = ").append(cube.width()).append('\n');
        sb.append("lines = ").append(cube.height()).append('\n');
        sb.append("bands = ").append(cube.bandCount()).append('\n');
        sb.append("header offset = 0\n");
        sb.append("file type = ENVI Standard\n");
        sb.append("data type = 4\n");
        sb.append("interleave = bsq\n");
        sb.append("byte order = 0\n");
        if (cube.hasMask()) {
            sb.append("data ignore value = ").append(MASKED_VALUE).append('\n');
        }
        String mapInfo = cube.metadata().get("envi.map info");
        if (mapInfo != null) {
            sb.append("map info = ").append(mapInfo).append('\n');
        }
        BandAxis axis = cube.bands();
        if (!axis.isIndexOnly()) {
            sb.append("wavelength units = ").append(axis.unit().isEmpty() ? "Unknown" : axis.unit()).append('\n');
            sb.append("wavelength = {");
            list(sb, axis.values());
            sb.append("}\n");
        }
        axis.fwhm().ifPresent(f -> {
            sb.append("fwhm = {");
            list(sb, f);
            sb.append("}\n");
        });
        axis.names().ifPresent(names -> {
            sb.append("band names = {");
            for (int i = 0; i < names.length; i++) {
                sb.append(i == 0 ? "" : ",\n ").append(names[i].replace(',', ';').replace('}', ')'));
            }
            sb.append("}\n");
        });
        return sb.toString();
    }

    private static void list(StringBuilder sb, double[] v) {
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
    }
}
