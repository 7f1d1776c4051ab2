package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.MzTolerance;

/**
 * Immutable options for {@link ImsFeatureExtractor}: TIC normalisation, the peak criterion (signal-to-noise ratio,
 * absolute intensity, or the N most intense) and the m/z tolerance that both separates peaks and gathers each
 * pixel's intensity around a peak.
 */
public final class PeakPickingOptions {

    /** How peaks are chosen among the local maxima of the mean spectrum. */
    public enum Criterion {
        /** Height above the median of at least {@code threshold} noise units (MAD-based σ). */
        SNR,
        /** Mean intensity of at least {@code threshold}. */
        INTENSITY,
        /** The {@code topN} highest local maxima. */
        TOP_N
    }

    private final boolean ticNormalise;
    private final Criterion criterion;
    private final double threshold;
    private final int topN;
    private final MzTolerance tolerance;

    private PeakPickingOptions(Builder b) {
        this.ticNormalise = b.ticNormalise;
        this.criterion = b.criterion;
        this.threshold = b.threshold;
        this.topN = b.topN;
        this.tolerance = b.tolerance;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether each spectrum is divided by its total ion current before the mean is taken. */
    public boolean ticNormalise() {
        return ticNormalise;
    }

    public Criterion criterion() {
        return criterion;
    }

    /** SNR or intensity threshold. */
    public double threshold() {
        return threshold;
    }

    public int topN() {
        return topN;
    }

    public MzTolerance tolerance() {
        return tolerance;
    }

    @Override
    public String toString() {
        return "PeakPickingOptions[tic=" + ticNormalise + ", " + criterion + ", threshold=" + threshold + ", topN="
                + topN + ", tolerance=" + tolerance + "]";
    }

    /** Builder; defaults: no TIC normalisation, SNR ≥ 3, tolerance 10 ppm. */
    public static final class Builder {
        private boolean ticNormalise;
        private Criterion criterion = Criterion.SNR;
        private double threshold = 3;
        private int topN;
        private MzTolerance tolerance = MzTolerance.ppm(10);

        private Builder() {
        }

        public Builder ticNormalise(boolean value) {
            this.ticNormalise = value;
            return this;
        }

        /** Peaks at least {@code snr} MAD-σ above the median of the mean spectrum. */
        public Builder minSnr(double snr) {
            if (!(snr > 0) || !Double.isFinite(snr)) {
                throw new IllegalArgumentException("The 'snr' parameter must be a finite number > 0. Got " + snr
                        + " instead.");
            }
            this.criterion = Criterion.SNR;
            this.threshold = snr;
            return this;
        }

        /** Peaks whose mean intensity is at least {@code intensity}. */
        public Builder minIntensity(double intensity) {
            if (!Double.isFinite(intensity)) {
                throw new IllegalArgumentException("The 'intensity' parameter must be finite. Got " + intensity
                        + " instead.");
            }
            this.criterion = Criterion.INTENSITY;
            this.threshold = intensity;
            return this;
        }

        /** The {@code n} most intense peaks. */
        public Builder topN(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("The 'topN' parameter must be >= 1. Got " + n + " instead.");
            }
            this.criterion = Criterion.TOP_N;
            this.topN = n;
            return this;
        }

        public Builder tolerance(MzTolerance value) {
            if (value == null) {
                throw new IllegalArgumentException("The 'tolerance' parameter must not be null. Got null instead.");
            }
            this.tolerance = value;
            return this;
        }

        public PeakPickingOptions build() {
            return new PeakPickingOptions(this);
        }
    }
}
