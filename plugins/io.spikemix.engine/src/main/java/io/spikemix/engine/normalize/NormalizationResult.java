package io.spikemix.engine.normalize;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * The output of {@link NormalizationModel#apply}: a new matrix of the input's shape, and which rows and features
 * could not be normalized normally.
 */
public final class NormalizationResult {

    private final SpectralMatrix data;
    private final int[] maskedRows;
    private final int[] skippedRows;
    private final int[] constantFeatures;

    NormalizationResult(SpectralMatrix data, int[] maskedRows, int[] skippedRows, int[] constantFeatures) {
        this.data = data;
        this.maskedRows = maskedRows;
        this.skippedRows = skippedRows;
        this.constantFeatures = constantFeatures;
    }

    /** The normalized spectra, a new matrix with the input's rows and columns. */
    public SpectralMatrix data() {
        return data;
    }

    /**
     * Rows, ascending and 0-based, that l1 or TIC could not scale because their norm is zero (l1) or their total
     * is not positive (TIC). They are written as zeros, never NaN. Always empty for min-max.
     */
    public int[] maskedRows() {
        return maskedRows.clone();
    }

    /** Rows, ascending and 0-based, holding NaN or Inf under {@link NonFinitePolicy#SKIP}; written as NaN. */
    public int[] skippedRows() {
        return skippedRows.clone();
    }

    /** The model's constant features (max == min), which min-max maps to 0. */
    public int[] constantFeatures() {
        return constantFeatures.clone();
    }
}
