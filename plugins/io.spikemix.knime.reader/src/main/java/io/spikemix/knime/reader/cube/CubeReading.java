package io.spikemix.knime.reader.cube;

import java.util.Locale;
import java.util.Optional;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.envi.EnviHeader;
import io.spikemix.engine.io.imzml.ImsFeatureExtractor;
import io.spikemix.engine.io.imzml.ImzmlFeatureReader;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Reads the cube the Spectral Cube Reader's settings describe with the engine's {@link SpectralReaders}; applies the
 * band range to NumPy and CSV cubes (their readers take no options; the range applies to the band positions or the
 * column names' values); then the optional IMS peak picking ({@link ImsFeatureExtractor}); then the band limit,
 * which keeps the node from writing a table with tens of thousands of columns. Pure Java (no KNIME).
 */
public final class CubeReading {

    private CubeReading() {
    }

    /**
     * Reads the cube.
     *
     * @throws SpectralFileException    when the file cannot be read (message names file, field, expectation)
     * @throws IllegalArgumentException when the cube has more bands than the limit, or peak picking finds no peak
     * @throws CanceledException        when cancelled
     */
    public static SpectralCube read(CubeReadSettings s, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        // a header that already shows too many bands fails before the data is read
        axisBeforeReading(s);
        boolean picking = s.peakPicking().isPresent();
        if (picking && SpectralReaders.formatOf(s.file(), s.options()) == SpectralFormat.IMZML) {
            // as 'spikemix' does: the imzML feature reader streams the .ibd twice when the raw cube would not fit in
            // the heap, with the same features as reading it whole (masked pixels are put back by finish)
            SpectralCube features = ImzmlFeatureReader.read(s.file(),
                    s.options().toBuilder().dropMaskedPixels(true).build(), s.peakPicking().get(), monitor);
            SpectralCube cube = ReaderSupport.finish(s.file(), features, s.options(), ProgressMonitor.NONE);
            checkBandLimit(cube.bandCount(), s, true);
            return cube;
        }
        ProgressMonitor reading = picking ? monitor.subRange(0, 0.7) : monitor;
        SpectralCube cube = SpectralReaders.read(s.file(), s.options(), reading);
        SpectralFormat format = SpectralReaders.formatOf(s.file(), s.options());
        if (format == SpectralFormat.NPY || format == SpectralFormat.CSV) {
            cube = selectBands(cube, s, monitor);
        }
        if (picking) {
            monitor.setProgress(0.7, "Picking peaks of the mean spectrum");
            cube = ImsFeatureExtractor.extract(cube, s.peakPicking().get(), monitor.subRange(0.7, 1));
        }
        checkBandLimit(cube.bandCount(), s, picking);
        return cube;
    }

    /**
     * The band axis the node will output, when it can be known cheaply before reading: from an ENVI header (the
     * header lists the bands) or a NumPy header (the last dimension counts the bands), without peak picking. Empty
     * otherwise (imzML binning, MATLAB and CSV need the data): the node then reports no table structure until it has
     * run.
     *
     * @throws SpectralFileException    when the header cannot be read
     * @throws IllegalArgumentException when the header's bands exceed the limit
     */
    public static Optional<BandAxis> axisBeforeReading(CubeReadSettings s) throws SpectralFileException {
        if (s.peakPicking().isPresent()) {
            return Optional.empty();
        }
        String name = s.file().getFileName() == null ? "" : s.file().getFileName().toString();
        SpectralFormat format = SpectralReaders.formatOf(s.file(), s.options());
        BandAxis full;
        boolean[] bad = null;
        if (format == SpectralFormat.ENVI && name.toLowerCase(Locale.ROOT).endsWith(".hdr")) {
            EnviHeader header = EnviHeader.read(s.file());
            full = header.bandAxis();
            bad = header.badBands().orElse(null);
        } else if (format == SpectralFormat.NPY) {
            long[] shape = NpyReader.readHeader(s.file()).shape();
            long bands = shape.length == 0 ? 0 : shape[shape.length - 1];
            if ((shape.length != 2 && shape.length != 3) || bands < 1 || bands > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            full = BandAxis.indices((int) bands);
        } else {
            return Optional.empty();
        }
        int[] bands = ReaderSupport.selectBands(s.file(), full, bad, s.options());
        checkBandLimit(bands.length, s, false);
        return Optional.of(ReaderSupport.isAll(bands, full.size()) ? full : full.select(bands));
    }

    /**
     * Fails when a cube with {@code bands} bands would exceed the band limit, telling the user what to do.
     *
     * @throws IllegalArgumentException with the count found and the limit
     */
    static void checkBandLimit(int bands, CubeReadSettings s, boolean afterPeakPicking) {
        if (bands <= s.maxBands()) {
            return;
        }
        throw new IllegalArgumentException("The cube " + s.file().getFileName() + " has " + bands + " bands"
                + (afterPeakPicking ? " after peak picking" : "") + ", more than the limit of " + s.maxBands()
                + " columns ('" + SpectralCubeReaderSettings.MAX_BANDS.label() + "'). Reduce the bands first: "
                + "'" + SpectralCubeReaderSettings.PEAK_PICKING.label() + "' (top_n or snr), a peak list or a wider "
                + "'" + SpectralCubeReaderSettings.MZ_TOLERANCE.label() + "' for imzML, or '"
                + SpectralCubeReaderSettings.RESTRICT_BANDS.label() + "'; or raise the limit.");
    }

    private static SpectralCube selectBands(SpectralCube cube, CubeReadSettings s, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        int[] bands = ReaderSupport.selectBands(s.file(), cube.bands(), null, s.options());
        if (!ReaderSupport.isAll(bands, cube.bandCount())) {
            SpectralMatrix src = cube.spectra();
            SpectralMatrix dst = SpectralMatrix.allocate(src.rows(), bands.length);
            float[] row = new float[src.cols()];
            float[] out = new float[bands.length];
            for (int r = 0; r < src.rows(); r++) {
                src.getRow(r, row);
                for (int b = 0; b < bands.length; b++) {
                    out[b] = row[bands[b]];
                }
                dst.setRow(r, out);
                if (r % 4096 == 0) {
                    monitor.checkCanceled();
                }
            }
            return cube.withSpectra(dst, cube.bands().select(bands));
        }
        return cube;
    }
}
