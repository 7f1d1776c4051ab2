package io.spikemix.engine.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Runs a fixed list of independent tasks on a small thread pool, so that results do not depend on the thread count.
 *
 * <p>Determinism is the caller's contract: every task writes only to its own slot (for example a per-block partial
 * sum indexed by the task number) and the caller reduces the slots in task order afterwards. Which thread runs which
 * task is then irrelevant, and a fit is bit-identical for 1 or 16 threads.
 *
 * <p>Cancellation: the calling thread takes part in the work and calls {@link ProgressMonitor#checkCanceled()}
 * between its tasks and whenever a task calls {@link Cancel#check()} on it; worker threads only read a flag that
 * the calling thread raises. The monitor is therefore only ever touched from the thread that called
 * {@link #run}, which keeps non-thread-safe monitors (KNIME's and the command line's) safe.
 *
 * <p>Create one per fit and close it when done; the worker threads are daemon threads.
 */
public final class ParallelTasks implements AutoCloseable {

    /** Lets a long task poll for cancellation every few thousand pixels. */
    public interface Cancel {
        /** Throws when the run was cancelled. */
        void check() throws CanceledException;
    }

    /** One unit of work, identified by its index. */
    public interface Task {
        void run(int index, Cancel cancel) throws CanceledException;
    }

    private final int threads;
    private final ExecutorService pool;

    /**
     * @param threads number of threads including the calling one; must be ≥ 1
     */
    public ParallelTasks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("The 'threads' parameter must be >= 1. Got " + threads + " instead.");
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "spikemix-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task(0) … task(count − 1)}, each exactly once, and returns when all have finished.
     *
     * @throws CanceledException when the monitor reports cancellation; running tasks stop at their next check
     */
    public void run(int count, Task task, ProgressMonitor monitor) throws CanceledException {
        // at least one check per run, even when the workers take every task
        monitor.checkCanceled();
        Cancel callerCancel = monitor::checkCanceled;
        if (pool == null || count <= 1) {
            for (int i = 0; i < count; i++) {
                monitor.checkCanceled();
                task.run(i, callerCancel);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CancelFlag flag = new CancelFlag();
        int workers = Math.min(threads - 1, count - 1);
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count && !flag.raised; i = next.getAndIncrement()) {
                    task.run(i, flag);
                }
                return null;
            }));
        }
        Cancel checkingCancel = () -> {
            try {
                monitor.checkCanceled();
            } catch (CanceledException e) {
                flag.raised = true;
                throw e;
            }
        };
        RuntimeException failure = null;
        CanceledException canceled = null;
        try {
            for (int i = next.getAndIncrement(); i < count && !flag.raised; i = next.getAndIncrement()) {
                checkingCancel.check();
                task.run(i, checkingCancel);
            }
        } catch (CanceledException e) {
            canceled = e;
        } catch (RuntimeException e) {
            flag.raised = true;
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                flag.raised = true;
                canceled = canceled != null ? canceled : new CanceledException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CanceledException) {
                    canceled = canceled != null ? canceled : (CanceledException) cause;
                } else if (failure == null) {
                    failure = cause instanceof RuntimeException ? (RuntimeException) cause
                            : new IllegalStateException(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (canceled != null) {
            throw canceled;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static final class CancelFlag implements Cancel {
        volatile boolean raised;

        @Override
        public void check() throws CanceledException {
            if (raised) {
                throw new CanceledException("canceled");
            }
        }
    }
}
