package io.spikemix.engine.io;

import java.util.Arrays;
import java.util.Optional;

/**
 * Immutable options for {@link SpectralReaders}: the format override and the per-format settings.
 *
 * <p>Build with {@link #builder()}; {@link #defaults()} reads every format as stored. Options that do not apply to
 * the file's format are ignored. Every setter validates its argument and names the parameter in its message.
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = builder().build();

    private final SpectralFormat format;
    private final String matVariable;
    private final String matWavelengthVariable;
    private final MatLayout matLayout;
    private final int matLines;
    private final int matCols;
    private final ImzmlAxisMode imzmlAxisMode;
    private final MzTolerance mzTolerance;
    private final double[] peakList;
    private final boolean verifyChecksum;
    private final IgnoreValuePolicy ignoreValuePolicy;
    private final double bandMin;
    private final double bandMax;
    private final boolean dropBadBands;
    private final boolean dropMaskedPixels;
    private final boolean rejectNonFinite;

    private ReadOptions(Builder b) {
        this.format = b.format;
        this.matVariable = b.matVariable;
        this.matWavelengthVariable = b.matWavelengthVariable;
        this.matLayout = b.matLayout;
        this.matLines = b.matLines;
        this.matCols = b.matCols;
        this.imzmlAxisMode = b.imzmlAxisMode;
        this.mzTolerance = b.mzTolerance;
        this.peakList = b.peakList == null ? null : b.peakList.clone();
        this.verifyChecksum = b.verifyChecksum;
        this.ignoreValuePolicy = b.ignoreValuePolicy;
        this.bandMin = b.bandMin;
        this.bandMax = b.bandMax;
        this.dropBadBands = b.dropBadBands;
        this.dropMaskedPixels = b.dropMaskedPixels;
        this.rejectNonFinite = b.rejectNonFinite;
    }

    /** Options that read every format as stored. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.format = format;
        b.matVariable = matVariable;
        b.matWavelengthVariable = matWavelengthVariable;
        b.matLayout = matLayout;
        b.matLines = matLines;
        b.matCols = matCols;
        b.imzmlAxisMode = imzmlAxisMode;
        b.mzTolerance = mzTolerance;
        b.peakList = peakList;
        b.verifyChecksum = verifyChecksum;
        b.ignoreValuePolicy = ignoreValuePolicy;
        b.bandMin = bandMin;
        b.bandMax = bandMax;
        b.dropBadBands = dropBadBands;
        b.dropMaskedPixels = dropMaskedPixels;
        b.rejectNonFinite = rejectNonFinite;
        return b;
    }

    /** The format to use instead of the one the file extension implies. */
    public Optional<SpectralFormat> format() {
        return Optional.ofNullable(format);
    }

    /** The MATLAB variable holding the cube; empty means "the only 3-D numeric array". */
    public Optional<String> matVariable() {
        return Optional.ofNullable(matVariable);
    }

    /** The MATLAB variable holding the wavelengths; empty means "a vector named wavelength(s), if any". */
    public Optional<String> matWavelengthVariable() {
        return Optional.ofNullable(matWavelengthVariable);
    }

    public MatLayout matLayout() {
        return matLayout;
    }

    /** Image lines (rows) of a 2-D MATLAB matrix; 0 when not given. */
    public int matLines() {
        return matLines;
    }

    /** Image samples (columns) of a 2-D MATLAB matrix; 0 when not given. */
    public int matCols() {
        return matCols;
    }

    public ImzmlAxisMode imzmlAxisMode() {
        return imzmlAxisMode;
    }

    /** Bin width or peak-matching tolerance for imzML; default 10 ppm. */
    public MzTolerance mzTolerance() {
        return mzTolerance;
    }

    /** The peak m/z values for {@link ImzmlAxisMode#PEAK_LIST}, ascending; empty when not given. */
    public Optional<double[]> peakList() {
        return Optional.ofNullable(peakList == null ? null : peakList.clone());
    }

    /** Whether to verify the imzML checksum of the .ibd file (costs one extra read of the file). */
    public boolean verifyChecksum() {
        return verifyChecksum;
    }

    public IgnoreValuePolicy ignoreValuePolicy() {
        return ignoreValuePolicy;
    }

    /** Lower end (inclusive) of the band subset on the band axis; −∞ when not restricted. */
    public double bandMin() {
        return bandMin;
    }

    /** Upper end (inclusive) of the band subset on the band axis; +∞ when not restricted. */
    public double bandMax() {
        return bandMax;
    }

    /** Whether bands flagged bad (ENVI {@code bbl} = 0) are dropped. */
    public boolean dropBadBands() {
        return dropBadBands;
    }

    /**
     * Whether masked pixels are left out (the default). When false they are kept as rows of NaN, so every pixel of
     * the image has a row.
     */
    public boolean dropMaskedPixels() {
        return dropMaskedPixels;
    }

    /** Whether a NaN or infinite value is an error (naming the pixel and band) instead of being kept. */
    public boolean rejectNonFinite() {
        return rejectNonFinite;
    }

    @Override
    public String toString() {
        return "ReadOptions[format=" + format + ", matVariable=" + matVariable + ", matLayout=" + matLayout
                + ", matLines=" + matLines + ", matCols=" + matCols + ", imzmlAxisMode=" + imzmlAxisMode
                + ", mzTolerance=" + mzTolerance + ", peakList=" + (peakList == null ? "none" : peakList.length + " peaks")
                + ", verifyChecksum=" + verifyChecksum + ", ignoreValuePolicy=" + ignoreValuePolicy + ", bands=["
                + bandMin + ", " + bandMax + "], dropBadBands=" + dropBadBands + ", dropMaskedPixels="
                + dropMaskedPixels + ", rejectNonFinite=" + rejectNonFinite + "]";
    }

    /** Builder of {@link ReadOptions}; every setter validates eagerly. */
    public static final class Builder {
        private SpectralFormat format;
        private String matVariable;
        private String matWavelengthVariable;
        private MatLayout matLayout = MatLayout.AUTO;
        private int matLines;
        private int matCols;
        private ImzmlAxisMode imzmlAxisMode = ImzmlAxisMode.AUTO;
        private MzTolerance mzTolerance = MzTolerance.ppm(10);
        private double[] peakList;
        private boolean verifyChecksum;
        private IgnoreValuePolicy ignoreValuePolicy = IgnoreValuePolicy.MASK;
        private double bandMin = Double.NEGATIVE_INFINITY;
        private double bandMax = Double.POSITIVE_INFINITY;
        private boolean dropBadBands;
        private boolean dropMaskedPixels = true;
        private boolean rejectNonFinite;

        private Builder() {
        }

        /** Reads the file as this format whatever its extension; null restores detection by extension. */
        public Builder format(SpectralFormat value) {
            this.format = value;
            return this;
        }

        public Builder matVariable(String name) {
            this.matVariable = blankToNull(name, "matVariable");
            return this;
        }

        public Builder matWavelengthVariable(String name) {
            this.matWavelengthVariable = blankToNull(name, "matWavelengthVariable");
            return this;
        }

        public Builder matLayout(MatLayout value) {
            this.matLayout = requireNonNull(value, "matLayout");
            return this;
        }

        /** The image shape of a 2-D MATLAB matrix (lines × cols must equal its pixel count). */
        public Builder matShape(int lines, int cols) {
            if (lines < 1) {
                throw new IllegalArgumentException("The 'matLines' parameter must be >= 1. Got " + lines + " instead.");
            }
            if (cols < 1) {
                throw new IllegalArgumentException("The 'matCols' parameter must be >= 1. Got " + cols + " instead.");
            }
            this.matLines = lines;
            this.matCols = cols;
            return this;
        }

        public Builder imzmlAxisMode(ImzmlAxisMode value) {
            this.imzmlAxisMode = requireNonNull(value, "imzmlAxisMode");
            return this;
        }

        public Builder mzTolerance(MzTolerance value) {
            this.mzTolerance = requireNonNull(value, "mzTolerance");
            return this;
        }

        /** Peak m/z values (finite, > 0; sorted by the builder) for {@link ImzmlAxisMode#PEAK_LIST}. */
        public Builder peakList(double... mz) {
            if (mz == null || mz.length == 0) {
                throw new IllegalArgumentException("The 'peakList' parameter must hold at least one m/z value. Got "
                        + (mz == null ? "null" : "an empty list") + " instead.");
            }
            double[] s = mz.clone();
            for (double v : s) {
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("The 'peakList' parameter must hold finite m/z values > 0. Got "
                            + v + " instead.");
                }
            }
            Arrays.sort(s);
            this.peakList = s;
            return this;
        }

        public Builder verifyChecksum(boolean value) {
            this.verifyChecksum = value;
            return this;
        }

        public Builder ignoreValuePolicy(IgnoreValuePolicy value) {
            this.ignoreValuePolicy = requireNonNull(value, "ignoreValuePolicy");
            return this;
        }

        /** Keeps only bands whose axis value (wavelength, m/z, or index) lies in [min, max]. */
        public Builder bandRange(double min, double max) {
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("The 'bandRange' parameter must satisfy min <= max. Got [" + min
                        + ", " + max + "] instead.");
            }
            this.bandMin = min;
            this.bandMax = max;
            return this;
        }

        public Builder dropBadBands(boolean value) {
            this.dropBadBands = value;
            return this;
        }

        public Builder dropMaskedPixels(boolean value) {
            this.dropMaskedPixels = value;
            return this;
        }

        public Builder rejectNonFinite(boolean value) {
            this.rejectNonFinite = value;
            return this;
        }

        public ReadOptions build() {
            if (imzmlAxisMode == ImzmlAxisMode.PEAK_LIST && peakList == null) {
                throw new IllegalArgumentException("The 'peakList' parameter must be given when 'imzmlAxisMode' is "
                        + "PEAK_LIST. Got no peak list instead.");
            }
            if ((matLayout == MatLayout.BANDS_BY_PIXELS || matLayout == MatLayout.PIXELS_BY_BANDS) && matLines == 0) {
                throw new IllegalArgumentException("The 'matLines' and 'matCols' parameters must be given for the "
                        + matLayout + " layout. Got none instead.");
            }
            return new ReadOptions(this);
        }

        private static <T> T requireNonNull(T v, String name) {
            if (v == null) {
                throw new IllegalArgumentException("The '" + name + "' parameter must not be null. Got null instead.");
            }
            return v;
        }

        private static String blankToNull(String v, String name) {
            if (v != null && v.isBlank()) {
                throw new IllegalArgumentException("The '" + name + "' parameter must not be blank. Got '" + v
                        + "' instead.");
            }
            return v;
        }
    }
}
