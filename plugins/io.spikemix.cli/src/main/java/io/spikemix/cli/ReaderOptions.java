package io.spikemix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import picocli.CommandLine.Option;

/**
 * The reader options every subcommand that reads a cube accepts (mixed in with {@code @Mixin}). They map one to one
 * onto the engine's {@link ReadOptions} ({@link #toReadOptions()}) plus the optional IMS peak picking that
 * {@link CubeLoading} runs after reading ({@link #peakPicking()}). Options that do not apply to the input's format
 * are ignored, as the engine does.
 *
 * <p>Every malformed value is a {@link CliException} whose message names the option and the expected form.
 */
final class ReaderOptions {

    private static final Pattern TOLERANCE = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(ppm|da)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHAPE = Pattern.compile("\\s*([0-9]+)\\s*[xX*,]\\s*([0-9]+)\\s*");

    @Option(names = "--format", paramLabel = "envi|imzml|mat|npy|csv",
            description = "Read the input as this format whatever its extension (default: from the file name).")
    String format;

    @Option(names = "--mat-variable", paramLabel = "NAME",
            description = "MATLAB: the variable holding the cube (default: the only 3-D numeric array).")
    String matVariable;

    @Option(names = "--mat-wavelengths", paramLabel = "NAME",
            description = "MATLAB: the vector variable holding the band axis (default: one named wavelength(s), if any).")
    String matWavelengths;

    @Option(names = "--mat-layout", paramLabel = "auto|hwb|bands-by-pixels|pixels-by-bands",
            description = "MATLAB: how the array holds the cube: hwb = lines x samples x bands; the 2-D layouts number "
                    + "pixels column-major (MATLAB order) and need --mat-shape (default: auto = hwb for 3-D arrays).")
    String matLayout;

    @Option(names = "--mat-shape", paramLabel = "LINESxCOLS",
            description = "MATLAB: image lines and samples of a 2-D bands x pixels or pixels x bands matrix, e.g. 145x145.")
    String matShape;

    @Option(names = "--mz-tolerance", paramLabel = "10ppm|0.01da",
            description = "imzML: bin width for processed spectra, the peak-matching tolerance of --peaks and the peak "
                    + "window of --pick-peaks/--min-snr (default: 10ppm).")
    String mzTolerance;

    @Option(names = "--peaks", paramLabel = "FILE|MZ,MZ,...",
            description = "imzML: one band per listed m/z (intensities within --mz-tolerance summed); a comma-separated "
                    + "list or a text/CSV file with the m/z values in its first column.")
    String peaks;

    @Option(names = "--pick-peaks", paramLabel = "N",
            description = "IMS feature extraction after reading: keep the N most intense peaks of the mean spectrum, each "
                    + "pixel's value the sum within --mz-tolerance of the peak.")
    Integer pickPeaks;

    @Option(names = "--min-snr", paramLabel = "S",
            description = "IMS feature extraction after reading: keep the peaks of the mean spectrum at least S MAD-sigma "
                    + "above its median.")
    Double minSnr;

    @Option(names = "--peak-tic", description = "With --pick-peaks/--min-snr: divide each spectrum by its total ion count before picking (intensities then are TIC-normalised).")
    boolean peakTic;

    @Option(names = "--verify-checksum", description = "imzML: verify the SHA-1/MD5 checksum of the .ibd file (one extra read).")
    boolean verifyChecksum;

    @Option(names = "--ignore-value", paramLabel = "mask|nan|keep",
            description = "ENVI 'data ignore value': mask = pixels holding it in every band are masked, else NaN "
                    + "(default); nan = every such value becomes NaN; keep = values as stored.")
    String ignoreValue;

    @Option(names = "--band-range", paramLabel = "MIN:MAX",
            description = "Keep only bands whose axis value (wavelength, m/z or index) lies in [MIN, MAX]; an empty "
                    + "side is open, e.g. 400: or :2500.")
    String bandRange;

    @Option(names = "--drop-bad-bands", description = "ENVI: leave out the bands the header's 'bbl' marks as bad.")
    boolean dropBadBands;

    @Option(names = "--keep-masked", description = "Keep masked pixels (no spectrum) as rows of NaN instead of leaving them out.")
    boolean keepMasked;

    /** The engine's read options; a malformed value is a {@link CliException} naming the option. */
    ReadOptions toReadOptions() {
        ReadOptions.Builder b = ReadOptions.builder().dropBadBands(dropBadBands).verifyChecksum(verifyChecksum)
                .dropMaskedPixels(!keepMasked);
        if (format != null) {
            b.format(parseEnum(SpectralFormat.class, "--format", format, "envi, imzml, mat, npy or csv"));
        }
        try {
            if (matVariable != null) {
                b.matVariable(matVariable);
            }
            if (matWavelengths != null) {
                b.matWavelengthVariable(matWavelengths);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("--mat-variable/--mat-wavelengths: " + e.getMessage());
        }
        if (matLayout != null) {
            b.matLayout(parseMatLayout(matLayout));
        }
        if (matShape != null) {
            int[] shape = parseShape(matShape);
            try {
                b.matShape(shape[0], shape[1]);
            } catch (IllegalArgumentException e) {
                throw new CliException("--mat-shape: " + e.getMessage());
            }
        }
        MzTolerance tolerance = tolerance();
        b.mzTolerance(tolerance);
        if (peaks != null) {
            b.imzmlAxisMode(ImzmlAxisMode.PEAK_LIST);
            try {
                b.peakList(parsePeaks(peaks));
            } catch (IllegalArgumentException e) {
                throw new CliException("--peaks: " + e.getMessage());
            }
        }
        if (ignoreValue != null) {
            b.ignoreValuePolicy(parseEnum(IgnoreValuePolicy.class, "--ignore-value", ignoreValue, "mask, nan or keep"));
        }
        if (bandRange != null) {
            double[] range = parseBandRange(bandRange);
            try {
                b.bandRange(range[0], range[1]);
            } catch (IllegalArgumentException e) {
                throw new CliException("--band-range: " + e.getMessage());
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException("--mat-layout/--mat-shape: " + e.getMessage());
        }
    }

    /** Whether IMS peak picking runs after reading ({@code --pick-peaks} or {@code --min-snr}). */
    boolean picksPeaks() {
        return pickPeaks != null || minSnr != null;
    }

    /** The peak-picking options of {@code --pick-peaks}/{@code --min-snr}/{@code --peak-tic}/{@code --mz-tolerance}. */
    PeakPickingOptions peakPicking() {
        if (pickPeaks != null && minSnr != null) {
            throw new CliException("--pick-peaks and --min-snr: expected one of them, got both");
        }
        if (!picksPeaks()) {
            throw new IllegalStateException("no peak picking was asked for");
        }
        PeakPickingOptions.Builder b = PeakPickingOptions.builder().ticNormalise(peakTic).tolerance(tolerance());
        try {
            if (pickPeaks != null) {
                b.topN(pickPeaks);
            } else {
                b.minSnr(minSnr);
            }
        } catch (IllegalArgumentException e) {
            throw new CliException((pickPeaks != null ? "--pick-peaks: " : "--min-snr: ") + e.getMessage());
        }
        return b.build();
    }

    /** A short description of the options given, for reports ("band range 400:2500, drop bad bands"). */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (format != null) {
            parts.add("format " + format);
        }
        if (bandRange != null) {
            parts.add("band range " + bandRange);
        }
        if (dropBadBands) {
            parts.add("drop bad bands");
        }
        if (peaks != null) {
            parts.add("peak list");
        }
        if (pickPeaks != null) {
            parts.add("top " + pickPeaks + " peaks");
        }
        if (minSnr != null) {
            parts.add("peaks with SNR >= " + minSnr);
        }
        if (keepMasked) {
            parts.add("masked pixels kept as NaN");
        }
        return String.join(", ", parts);
    }

    private MzTolerance tolerance() {
        if (mzTolerance == null) {
            return MzTolerance.ppm(10);
        }
        Matcher m = TOLERANCE.matcher(mzTolerance);
        if (!m.matches()) {
            throw new CliException("--mz-tolerance: expected a number followed by ppm or da, e.g. 10ppm or 0.01da, got '"
                    + mzTolerance + "'");
        }
        try {
            double v = Double.parseDouble(m.group(1));
            return m.group(2).equalsIgnoreCase("ppm") ? MzTolerance.ppm(v) : MzTolerance.da(v);
        } catch (IllegalArgumentException e) {
            throw new CliException("--mz-tolerance: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String option, String value, String expected) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException(option + ": expected " + expected + ", got '" + value + "'");
        }
    }

    static MatLayout parseMatLayout(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto":
                return MatLayout.AUTO;
            case "hwb":
                return MatLayout.HEIGHT_WIDTH_BANDS;
            case "bands-by-pixels":
                return MatLayout.BANDS_BY_PIXELS;
            case "pixels-by-bands":
                return MatLayout.PIXELS_BY_BANDS;
            default:
                throw new CliException("--mat-layout: expected auto, hwb, bands-by-pixels or pixels-by-bands, got '"
                        + value + "'");
        }
    }

    static int[] parseShape(String value) {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new CliException("--mat-shape: expected LINESxCOLS with two whole numbers, e.g. 145x145, got '" + value + "'");
        }
        try {
            return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
        } catch (NumberFormatException e) {
            throw new CliException("--mat-shape: expected LINESxCOLS with numbers below 2^31, got '" + value + "'");
        }
    }

    /** MIN:MAX, either side may be empty (open). */
    static double[] parseBandRange(String value) {
        String[] parts = value.split(":", -1);
        try {
            if (parts.length != 2 || (parts[0].isBlank() && parts[1].isBlank())) {
                throw new NumberFormatException();
            }
            double min = parts[0].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(parts[0].trim());
            double max = parts[1].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[1].trim());
            return new double[] { min, max };
        } catch (NumberFormatException e) {
            throw new CliException("--band-range: expected MIN:MAX with two numbers (one side may be empty), got '"
                    + value + "'");
        }
    }

    /**
     * The m/z values of {@code --peaks}: an existing file (first column of each line; '#' comments and a non-numeric
     * header line are skipped) or else a comma-separated list.
     */
    static double[] parsePeaks(String value) {
        Path file = Path.of(value);
        if (Files.isRegularFile(file)) {
            return readPeakFile(file);
        }
        String[] parts = value.split(",");
        double[] mz = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                mz[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CliException("--peaks: expected an existing file or comma-separated m/z values, got '"
                        + value + "' ('" + parts[i].trim() + "' is neither)");
            }
        }
        return mz;
    }

    private static double[] readPeakFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--peaks " + file + ": cannot read the file (" + e.getMessage() + ")");
        }
        List<Double> mz = new ArrayList<>();
        boolean firstContent = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String first = line.split("[,;\\t ]+", 2)[0].replace("\"", "");
            try {
                mz.add(Double.parseDouble(first));
            } catch (NumberFormatException e) {
                if (!firstContent) {
                    throw new CliException("--peaks " + file + ": line " + (i + 1) + ": expected an m/z value in the "
                            + "first column, got '" + first + "'");
                }
            }
            firstContent = false;
        }
        if (mz.isEmpty()) {
            throw new CliException("--peaks " + file + ": expected at least one m/z value, found none");
        }
        return mz.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
