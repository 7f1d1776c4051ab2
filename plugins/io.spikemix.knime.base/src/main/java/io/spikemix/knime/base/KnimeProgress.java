package io.spikemix.knime.base;

import java.util.Objects;
import java.util.function.Supplier;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;

/**
 * The engine's {@link ProgressMonitor} over a KNIME {@link ExecutionMonitor}: progress and messages go to the node's
 * progress bar, and KNIME's cancel button surfaces in the engine as {@link CanceledException}. Nodes turn that
 * back into KNIME's exception with {@link #toKnime(CanceledException)}.
 */
public final class KnimeProgress implements ProgressMonitor {

    private final ExecutionMonitor exec;

    private KnimeProgress(ExecutionMonitor exec) {
        this.exec = Objects.requireNonNull(exec, "exec");
    }

    /** A monitor reporting to {@code exec}. */
    public static KnimeProgress of(ExecutionMonitor exec) {
        return new KnimeProgress(exec);
    }

    @Override
    public void checkCanceled() throws CanceledException {
        try {
            exec.checkCanceled();
        } catch (CanceledExecutionException e) {
            CanceledException c = new CanceledException(e.getMessage() == null ? "Canceled by the user" : e.getMessage());
            c.initCause(e);
            throw c;
        }
    }

    @Override
    public void setProgress(double fraction, Supplier<String> message) {
        if (Double.isNaN(fraction)) {
            exec.setMessage(message);
        } else {
            exec.setProgress(fraction, message);
        }
    }

    /** Engine work that reports to a {@link ProgressMonitor}. */
    @FunctionalInterface
    public interface Task<T> {
        T run(ProgressMonitor monitor) throws CanceledException;
    }

    /**
     * Runs {@code task} over the progress range [{@code from}, {@code to}] of {@code exec}, turning the engine's
     * cancellation into KNIME's.
     */
    public static <T> T run(ExecutionMonitor exec, double from, double to, Task<T> task)
            throws CanceledExecutionException {
        try {
            return task.run(of(exec).subRange(from, to));
        } catch (CanceledException e) {
            throw toKnime(e);
        }
    }

    /** A node core's work: engine progress and cancel, and input it may refuse. */
    @FunctionalInterface
    public interface CoreTask<T> {
        T run(ProgressMonitor monitor) throws CanceledException, CoreInputException;
    }

    /**
     * Runs a node core over the progress range [{@code from}, {@code to}] of {@code exec}; its refusal of the input
     * becomes the node's error message.
     */
    public static <T> T runCore(ExecutionMonitor exec, double from, double to, CoreTask<T> task)
            throws CanceledExecutionException, InvalidSettingsException {
        try {
            return task.run(of(exec).subRange(from, to));
        } catch (CanceledException e) {
            throw toKnime(e);
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** KNIME's exception for an engine cancellation: the original one when it came from KNIME. */
    public static CanceledExecutionException toKnime(CanceledException e) {
        if (e.getCause() instanceof CanceledExecutionException) {
            return (CanceledExecutionException) e.getCause();
        }
        CanceledExecutionException k = new CanceledExecutionException(e.getMessage());
        k.initCause(e);
        return k;
    }
}
