package io.spikemix.engine.progress;

import java.util.function.Supplier;

/**
 * Progress reporting and cancellation for long engine work.
 *
 * <p>The engine owns this small interface so that KNIME's {@code ExecutionMonitor} (through an adapter in the node
 * bundles) and the command line's console progress bar can both drive it. Algorithms call {@link #checkCanceled()}
 * at least once per iteration and every few thousand pixels inside long passes, and report a fraction in [0, 1]
 * with a message a person can read.
 */
public interface ProgressMonitor {

    /** A monitor that reports nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void checkCanceled() {
            // never cancelled
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            // reports nothing
        }
    };

    /**
     * A monitor whose user has already asked to stop: work given it stops at its first check. For a front end that
     * must refuse work once cancelled, and for the tests that prove every long task honours cancel.
     */
    ProgressMonitor CANCELLED = new ProgressMonitor() {
        @Override
        public void checkCanceled() throws CanceledException {
            throw new CanceledException("cancelled");
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            // reports nothing
        }
    };

    /** Throws when the user asked to stop. */
    void checkCanceled() throws CanceledException;

    /**
     * Reports progress.
     *
     * @param fraction done so far, in [0, 1], or NaN when unknown (only the message changes)
     * @param message  evaluated lazily, only if the receiver shows it; may return null
     */
    void setProgress(double fraction, Supplier<String> message);

    /** Reports progress with a fixed message. */
    default void setProgress(double fraction, String message) {
        setProgress(fraction, () -> message);
    }

    /**
     * A monitor for a part of this one's work: its progress 0..1 maps to {@code from..to} of this monitor, and it
     * is cancelled when this one is.
     */
    default ProgressMonitor subRange(double from, double to) {
        if (!(from >= 0 && from <= to && to <= 1)) {
            throw new IllegalArgumentException("sub-range must satisfy 0 <= from <= to <= 1, got [" + from + ", " + to + "]");
        }
        ProgressMonitor parent = this;
        return new ProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledException {
                parent.checkCanceled();
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                double f = Double.isNaN(fraction) ? Double.NaN : from + (to - from) * Math.min(1, Math.max(0, fraction));
                parent.setProgress(f, message);
            }
        };
    }
}
