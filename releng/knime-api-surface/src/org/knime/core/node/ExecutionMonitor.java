package org.knime.core.node;

import java.util.function.Supplier;

/** Compile-only surface of KNIME's {@code ExecutionMonitor}; see README. */
public class ExecutionMonitor {

    public ExecutionMonitor() {
        throw new UnsupportedOperationException();
    }

    public ExecutionMonitor(final NodeProgressMonitor progress) {
        throw new UnsupportedOperationException();
    }

    public final NodeProgressMonitor getProgressMonitor() {
        throw new UnsupportedOperationException();
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException();
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException();
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException();
    }

    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        throw new UnsupportedOperationException();
    }

    public void setMessage(final String message) {
        throw new UnsupportedOperationException();
    }

    public void setMessage(final Supplier<String> messageSupplier) {
        throw new UnsupportedOperationException();
    }

    public void setProgress(final String message) {
        throw new UnsupportedOperationException();
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException();
    }

    public ExecutionMonitor createSilentSubProgress(final double maxProg) {
        throw new UnsupportedOperationException();
    }

    public ExecutionMonitor createNonCancelableSubProgress() {
        throw new UnsupportedOperationException();
    }
}
