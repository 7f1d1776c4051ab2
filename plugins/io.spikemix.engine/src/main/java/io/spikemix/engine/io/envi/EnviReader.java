package io.spikemix.engine.io.envi;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.MatrixBlockAllocator;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ENVI image (header plus raw data file) into a {@link SpectralCube}.
 *
 * <p>The data file is found next to the header with the extension {@code .img}, {@code .dat}, {@code .raw},
 * {@code .bsq}, {@code .bil}, {@code .bip} (either case) or none. Before anything is allocated the declared size
 * (header offset + samples × lines × bands × bytes per sample) is checked against the file, so a damaged header
 * gives a clear error instead of an {@link OutOfMemoryError}. The samples are read in large positional reads,
 * a few chunks ahead on a background thread ({@link EnviTileReader}), and converted once into the float32 matrix,
 * whose blocks are allocated as the reading reaches them.
 *
 * <p>The {@code data ignore value} is handled per {@link ReadOptions#ignoreValuePolicy()}; with
 * {@link IgnoreValuePolicy#MASK} one extra pass over the file finds the masked pixels first, so the matrix has
 * exactly one row per valid pixel. Bad bands ({@code bbl} = 0) are dropped on request, and a band range restricts
 * the bands read. Metadata holds every header key not turned into the band axis, prefixed {@code envi.}.
 *
 * <p>Time O(file bytes); memory: the float32 matrix plus three 8 MiB read buffers and, with a mask, one tile of
 * at most 16 MiB.
 */
public final class EnviReader {

    /** Data-file extensions tried next to a header, in this order, then the bare name. */
    public static final String[] DATA_EXTENSIONS = {".img", ".dat", ".raw", ".bsq", ".bil", ".bip", ".sli"};

    private static final int TILE_VALUES = 4 << 20;
    private static final Set<String> AXIS_KEYS = Set.of("wavelength", "fwhm", "band names", "bbl");

    private EnviReader() {
    }

    /**
     * Reads the image whose header or data file is {@code file}.
     *
     * @throws SpectralFileException for a missing, inconsistent or truncated header or data file
     * @throws CanceledException     when the monitor is cancelled
     */
    public static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        Path hdr = headerFor(file);
        Path data = file.equals(hdr) ? findDataFile(hdr) : file;
        EnviHeader header = EnviHeader.read(hdr);
        return read(header, data, options, monitor);
    }

    /** Reads with an already parsed header and a known data file. */
    public static SpectralCube read(EnviHeader header, Path data, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        return read(header, data, options, monitor, TILE_VALUES, EnviTileReader.TARGET_READ_BYTES);
    }

    /** As {@link #read(EnviHeader, Path, ReadOptions, ProgressMonitor)} with given tile and read sizes (tests). */
    static SpectralCube read(EnviHeader header, Path data, ReadOptions options, ProgressMonitor monitor,
            int tileValues, int readBytes) throws SpectralFileException, CanceledException {
        return read(header, data, options, monitor, tileValues, readBytes, SpectralMatrix.MAX_BLOCK_VALUES);
    }

    /** As above with a given matrix block size, so tests reach the multi-block paths with small cubes. */
    static SpectralCube read(EnviHeader header, Path data, ReadOptions options, ProgressMonitor monitor,
            int tileValues, int readBytes, int blockValues) throws SpectralFileException, CanceledException {
        checkSize(header, data);
        BandAxis fullAxis = header.bandAxis();
        int[] bands = ReaderSupport.selectBands(data, fullAxis, header.badBands().orElse(null), options);
        BandAxis axis = ReaderSupport.isAll(bands, header.bands()) ? fullAxis : fullAxis.select(bands);
        int h = header.lines();
        int w = header.samples();
        long nPixels = (long) h * w;
        if (nPixels > Integer.MAX_VALUE) {
            throw new SpectralFileException(data, "samples x lines", "expected at most " + Integer.MAX_VALUE
                    + " pixels, found " + nPixels);
        }
        int nb = bands.length;
        Double ignore = header.dataIgnoreValue().orElse(null);
        IgnoreValuePolicy policy = ignore == null ? IgnoreValuePolicy.KEEP : options.ignoreValuePolicy();
        float ignoreF = ignore == null ? Float.NaN : ignore.floatValue();

        monitor.setProgress(0, "Reading " + data.getFileName());
        try (EnviTileReader tiles = new EnviTileReader(data, header, bands, readBytes)) {
            boolean[] masked = null;
            int valid = (int) nPixels;
            ProgressMonitor readMonitor = monitor;
            if (policy == IgnoreValuePolicy.MASK) {
                masked = findMasked(tiles, (int) nPixels, nb, ignoreF, tileValues, monitor.subRange(0, 0.4));
                for (boolean m : masked) {
                    valid -= m ? 1 : 0;
                }
                readMonitor = monitor.subRange(0.4, 1);
            }
            if (valid == 0) {
                throw new SpectralFileException(data, "data ignore value", "every pixel holds the ignore value "
                        + ignore + "; expected at least one valid pixel");
            }
            ReaderSupport.checkAllocation(data, "samples x lines x bands", valid, nb);
            int rowsPerBlock = Math.max(1, blockValues / nb);
            int[] pixelIndex = masked == null ? null : new int[valid];
            SpectralMatrix m = fill(tiles, valid, rowsPerBlock, masked, pixelIndex, nb,
                    policy == IgnoreValuePolicy.KEEP ? Float.NaN : ignoreF, tileValues, readMonitor);
            SpectralCube cube = SpectralCube.masked(h, w, m, valid == nPixels ? null : pixelIndex, axis,
                    metadata(header, data));
            monitor.setProgress(1, "Read " + data.getFileName());
            return ReaderSupport.finish(data, cube, options, monitor);
        } catch (IOException e) {
            if (e instanceof SpectralFileException) {
                throw (SpectralFileException) e;
            }
            throw new SpectralFileException(data, "data file", "cannot be closed: " + e.getMessage(), e);
        }
    }

    /** The header belonging to a header or data file: the file itself if it ends in .hdr, else name.hdr. */
    public static Path headerFor(Path file) throws SpectralFileException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".hdr")) {
            return file;
        }
        Path sibling = file.resolveSibling(name + ".hdr");
        if (Files.isRegularFile(sibling)) {
            return sibling;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path replaced = file.resolveSibling(name.substring(0, dot) + ".hdr");
            if (Files.isRegularFile(replaced)) {
                return replaced;
            }
        }
        throw new SpectralFileException(file, "header", "expected an ENVI header " + sibling.getFileName()
                + (dot > 0 ? " or " + name.substring(0, dot) + ".hdr" : "") + " next to the data file, found none");
    }

    /** The data file next to a header: same base name with one of {@link #DATA_EXTENSIONS} (any case) or none. */
    public static Path findDataFile(Path hdr) throws SpectralFileException {
        String name = hdr.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        for (String ext : DATA_EXTENSIONS) {
            for (String e : new String[] {ext, ext.toUpperCase(Locale.ROOT)}) {
                Path p = hdr.resolveSibling(base + e);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        Path bare = hdr.resolveSibling(base);
        if (Files.isRegularFile(bare)) {
            return bare;
        }
        throw new SpectralFileException(hdr, "data file", "expected a data file " + base + " with extension .img, "
                + ".dat, .raw, .bsq, .bil, .bip, .sli or none next to the header, found none");
    }

    private static void checkSize(EnviHeader header, Path data) throws SpectralFileException {
        long size;
        try {
            size = Files.size(data);
        } catch (IOException e) {
            throw new SpectralFileException(data, "data file", "cannot be read: " + e.getMessage(), e);
        }
        long dataBytes = header.dataBytes();
        if (dataBytes < 0) {
            throw new SpectralFileException(data, "samples x lines x bands", "the declared size "
                    + header.samples() + " x " + header.lines() + " x " + header.bands() + " x "
                    + header.dataType().bytes() + " bytes overflows; expected a size that fits in a file");
        }
        if (size == 0) {
            throw new SpectralFileException(data, "data file", String.format(Locale.ROOT,
                    "the file is empty; expected %,d bytes", header.headerOffset() + dataBytes));
        }
        if (header.headerOffset() > size) {
            throw new SpectralFileException(data, "header offset", String.format(Locale.ROOT,
                    "expected an offset within the file (%,d bytes), found %,d", size, header.headerOffset()));
        }
        long expected = header.headerOffset() + dataBytes;
        if (expected < 0 || size < expected) {
            throw new SpectralFileException(data, "data file", String.format(Locale.ROOT,
                    "truncated: expected %,d bytes (header offset %,d + %d samples x %d lines x %d bands x %d bytes),"
                            + " found %,d bytes", expected < 0 ? Long.MAX_VALUE : expected, header.headerOffset(),
                    header.samples(), header.lines(), header.bands(), header.dataType().bytes(), size));
        }
    }

    /** Pixels whose every selected band equals the ignore value. */
    private static boolean[] findMasked(EnviTileReader tiles, int nPixels, int nb, float ignore, int tileValues,
            ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        boolean[] masked = new boolean[nPixels];
        int tilePixels = Math.max(1, tileValues / nb);
        float[] tile = new float[Math.min(tilePixels, nPixels) * nb];
        for (int p0 = 0; p0 < nPixels; p0 += tilePixels) {
            monitor.checkCanceled();
            int n = Math.min(tilePixels, nPixels - p0);
            tiles.read(p0, n, tile, 0);
            for (int i = 0; i < n; i++) {
                boolean all = true;
                for (int j = i * nb, end = j + nb; j < end && all; j++) {
                    all = tile[j] == ignore;
                }
                masked[p0 + i] = all;
            }
            double f = (double) (p0 + n) / nPixels;
            monitor.setProgress(f, () -> "Finding pixels with the ignore value");
        }
        return masked;
    }

    /**
     * Reads the matrix of {@code rows} valid pixels: without mask straight into its storage blocks (no
     * intermediate copy), with a mask through a tile buffer; values equal to {@code toNaN} (the ignore value, unless
     * NaN) become NaN. The blocks are allocated one ahead on another thread ({@link MatrixBlockAllocator}), so
     * their zeroing and page faults overlap with the decoding as the read-ahead overlaps the disk.
     */
    private static SpectralMatrix fill(EnviTileReader tiles, int rows, int rowsPerBlock, boolean[] masked,
            int[] pixelIndex, int nb, float toNaN, int tileValues, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        int nPixels = masked == null ? rows : masked.length;
        int tilePixels = Math.max(1, tileValues / nb);
        boolean replace = !Float.isNaN(toNaN);
        float[] tile = masked == null ? null : new float[Math.min(tilePixels, nPixels) * nb];
        int row = 0;
        int p0 = 0;
        try (MatrixBlockAllocator blocks = new MatrixBlockAllocator(rows, nb, rowsPerBlock)) {
            while (p0 < nPixels) {
                monitor.checkCanceled();
                int n = Math.min(tilePixels, nPixels - p0);
                if (masked == null) {
                    int blockEnd = (p0 / rowsPerBlock + 1) * rowsPerBlock;
                    n = Math.min(n, blockEnd - p0);
                    float[] block = blocks.blockOfRow(p0);
                    int off = blocks.offsetOf(p0);
                    tiles.read(p0, n, block, off);
                    if (replace) {
                        replaceWithNaN(block, off, n * nb, toNaN);
                    }
                    row += n;
                } else {
                    tiles.read(p0, n, tile, 0);
                    for (int i = 0; i < n; i++) {
                        if (!masked[p0 + i]) {
                            float[] block = blocks.blockOfRow(row);
                            int off = blocks.offsetOf(row);
                            System.arraycopy(tile, i * nb, block, off, nb);
                            if (replace) {
                                replaceWithNaN(block, off, nb, toNaN);
                            }
                            pixelIndex[row++] = p0 + i;
                        }
                    }
                }
                p0 += n;
                double f = (double) p0 / nPixels;
                monitor.setProgress(f, () -> String.format(Locale.ROOT, "Reading ENVI data: %.0f%%", 100 * f));
            }
            return blocks.finish();
        }
    }

    private static void replaceWithNaN(float[] a, int from, int count, float value) {
        for (int i = from, end = from + count; i < end; i++) {
            if (a[i] == value) {
                a[i] = Float.NaN;
            }
        }
    }

    private static Map<String, String> metadata(EnviHeader header, Path data) {
        Map<String, String> md = new LinkedHashMap<>();
        md.put("format", "ENVI");
        md.put("file", data.toString());
        for (Map.Entry<String, String> e : header.entries().entrySet()) {
            if (!AXIS_KEYS.contains(e.getKey())) {
                md.put("envi." + e.getKey(), e.getValue());
            }
        }
        return md;
    }
}
