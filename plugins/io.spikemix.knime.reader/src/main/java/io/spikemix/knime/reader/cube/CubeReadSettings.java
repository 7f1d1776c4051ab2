package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.BAND_MAX;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.BAND_MIN;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DROP_BAD_BANDS;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DROP_MASKED;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.FILE;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.FORMAT;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.IGNORE_VALUE;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.IMZML_AXIS;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MAT_COLS;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MAT_LAYOUT;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MAT_LINES;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MAT_VARIABLE;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MAX_BANDS;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MZ_TOLERANCE;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.MZ_TOLERANCE_UNIT;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAKS_NONE;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAKS_SNR;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAKS_TOP_N;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAK_COUNT;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAK_LIST;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAK_PICKING;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.PEAK_SNR;
import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.RESTRICT_BANDS;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import io.spikemix.knime.base.node.SettingValues;

/**
 * What the Spectral Cube Reader's settings ask for, in engine terms: the file, the engine {@link ReadOptions}
 * (format override included), the optional IMS peak picking and the band limit. Pure Java, built once per configure/execute; immutable.
 *
 * @throws IllegalArgumentException (from {@link #of}) naming the setting by its dialog label when values do not fit
 *                                  together (no file, a 2-D layout without lines and columns, an unparsable peak
 *                                  list, a band range with minimum above maximum)
 */
public final class CubeReadSettings {

    private final Path file;
    private final ReadOptions options;
    private final PeakPickingOptions peakPicking;
    private final int maxBands;

    private CubeReadSettings(Path file, ReadOptions options, PeakPickingOptions peakPicking, int maxBands) {
        this.file = file;
        this.options = options;
        this.peakPicking = peakPicking;
        this.maxBands = maxBands;
    }

    /** Maps the node's setting values. */
    public static CubeReadSettings of(SettingValues v) {
        String name = v.getString(FILE).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("No file selected: choose the cube to read in '" + FILE.label() + "'.");
        }
        Path file = CubeLocation.toPath(name, FILE.label());
        String format = v.getString(FORMAT);
        ReadOptions.Builder b = ReadOptions.builder();
        if (!SpectralCubeReaderSettings.AUTO.equals(format)) {
            b.format(SpectralFormat.valueOf(format.toUpperCase(Locale.ROOT)));
        }
        if (!v.getString(MAT_VARIABLE).isBlank()) {
            b.matVariable(v.getString(MAT_VARIABLE).trim());
        }
        MatLayout layout = MatLayout.valueOf(v.getString(MAT_LAYOUT).toUpperCase(Locale.ROOT));
        b.matLayout(layout);
        int lines = v.getInt(MAT_LINES);
        int cols = v.getInt(MAT_COLS);
        if (lines > 0 || cols > 0) {
            requirePositive(lines, MAT_LINES.label());
            requirePositive(cols, MAT_COLS.label());
            b.matShape(lines, cols);
        } else if (layout == MatLayout.BANDS_BY_PIXELS || layout == MatLayout.PIXELS_BY_BANDS) {
            throw new IllegalArgumentException("The '" + MAT_LAYOUT.label() + "' " + v.getString(MAT_LAYOUT)
                    + " needs '" + MAT_LINES.label() + "' and '" + MAT_COLS.label() + "' (both >= 1). Got 0 instead.");
        }
        MzTolerance tolerance = MzTolerance.of(v.getDouble(MZ_TOLERANCE),
                "da".equals(v.getString(MZ_TOLERANCE_UNIT)) ? MzTolerance.Unit.DA : MzTolerance.Unit.PPM);
        b.mzTolerance(tolerance);
        ImzmlAxisMode axisMode = ImzmlAxisMode.valueOf(v.getString(IMZML_AXIS).toUpperCase(Locale.ROOT));
        b.imzmlAxisMode(axisMode);
        if (axisMode == ImzmlAxisMode.PEAK_LIST) {
            b.peakList(parsePeakList(v.getString(PEAK_LIST)));
        }
        b.ignoreValuePolicy(IgnoreValuePolicy.valueOf(v.getString(IGNORE_VALUE).toUpperCase(Locale.ROOT)));
        if (v.getBoolean(RESTRICT_BANDS)) {
            double min = v.getDouble(BAND_MIN);
            double max = v.getDouble(BAND_MAX);
            if (min > max) {
                throw new IllegalArgumentException("The '" + BAND_MIN.label() + "' must be <= the '"
                        + BAND_MAX.label() + "'. Got [" + min + ", " + max + "] instead.");
            }
            b.bandRange(min, max);
        }
        b.dropBadBands(v.getBoolean(DROP_BAD_BANDS));
        b.dropMaskedPixels(v.getBoolean(DROP_MASKED));

        PeakPickingOptions peaks = null;
        String picking = v.getString(PEAK_PICKING);
        if (!PEAKS_NONE.equals(picking)) {
            PeakPickingOptions.Builder p = PeakPickingOptions.builder().tolerance(tolerance);
            if (PEAKS_TOP_N.equals(picking)) {
                p.topN(v.getInt(PEAK_COUNT));
            } else if (PEAKS_SNR.equals(picking)) {
                p.minSnr(v.getDouble(PEAK_SNR));
            }
            peaks = p.build();
        }
        return new CubeReadSettings(file, b.build(), peaks, v.getInt(MAX_BANDS));
    }

    /** Peak m/z values separated by commas, semicolons or white space. */
    static double[] parsePeakList(String text) {
        String[] parts = text.trim().split("[,;\\s]+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("The '" + PEAK_LIST.label() + "' must hold at least one m/z value "
                    + "for the peak_list axis. Got none instead.");
        }
        double[] mz = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                mz[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The '" + PEAK_LIST.label() + "' must hold numbers. Got '"
                        + parts[i] + "' instead.", e);
            }
        }
        return mz;
    }

    private static void requirePositive(int value, String label) {
        if (value < 1) {
            throw new IllegalArgumentException("The '" + label + "' must be >= 1 when the image shape is given. Got "
                    + value + " instead.");
        }
    }

    public Path file() {
        return file;
    }

    public ReadOptions options() {
        return options;
    }

    /** The IMS peak picking to apply after reading, if any. */
    public Optional<PeakPickingOptions> peakPicking() {
        return Optional.ofNullable(peakPicking);
    }

    /** The most band columns the node may write. */
    public int maxBands() {
        return maxBands;
    }
}
