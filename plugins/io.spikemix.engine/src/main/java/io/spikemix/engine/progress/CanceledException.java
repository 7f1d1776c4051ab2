package io.spikemix.engine.progress;

/** Thrown when the user cancelled long work through a {@link ProgressMonitor}. */
public final class CanceledException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledException() {
        super("Canceled by the user");
    }

    public CanceledException(String message) {
        super(message);
    }
}
