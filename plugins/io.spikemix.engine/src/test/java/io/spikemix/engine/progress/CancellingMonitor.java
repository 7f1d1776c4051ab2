package io.spikemix.engine.progress;

import java.util.function.Supplier;

/** A monitor for tests that lets a given number of cancellation checks pass and cancels at every later one. */
public final class CancellingMonitor implements ProgressMonitor {

    private final int passingChecks;
    private int checks;

    private CancellingMonitor(int passingChecks) {
        this.passingChecks = passingChecks;
    }

    /** Cancels at the first check. */
    public static CancellingMonitor immediately() {
        return new CancellingMonitor(0);
    }

    /** Lets {@code n} checks pass, then cancels. */
    public static CancellingMonitor afterChecks(int n) {
        return new CancellingMonitor(n);
    }

    /** Checks made so far, the cancelling one included. */
    public synchronized int checks() {
        return checks;
    }

    @Override
    public synchronized void checkCanceled() throws CanceledException {
        if (++checks > passingChecks) {
            throw new CanceledException();
        }
    }

    @Override
    public void setProgress(double fraction, Supplier<String> message) {
        // only cancellation matters to the tests that use this monitor
    }
}
