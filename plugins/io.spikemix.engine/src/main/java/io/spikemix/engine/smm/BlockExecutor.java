package io.spikemix.engine.smm;

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
 * Runs a task for every index of a range of pixel blocks on a fixed number of threads and reduces their partial
 * sums in block order, so results never depend on the number of threads or on scheduling.
 *
 * <p>Blocks are processed in waves of at most {@link #WAVE} blocks (fewer when the partial sums are large, so the
 * slots stay near {@link #SLOT_BUDGET} doubles); each block writes its partial sums into the slot of its position in
 * the wave, and after the wave the slots are added to the total sequentially in block order. The sum is therefore
 * always ((total + p₀) + p₁) + …, whatever the wave size and whatever thread computed each pᵢ. The calling thread works as one of the
 * workers and is the only one that talks to the {@link ProgressMonitor}: it checks for cancellation before every
 * block it takes.
 */
final class BlockExecutor implements AutoCloseable {

    /** Blocks per wave: bounds the partial-sum memory to WAVE slots while keeping threads busy. */
    static final int WAVE = 64;
    /** Doubles of partial sums kept at once (64 MB), unless the thread count needs more. */
    static final int SLOT_BUDGET = 1 << 23;

    /** Work on one block. */
    interface BlockTask {
        void run(int block);
    }

    /** Work on one block that writes partial sums into a zeroed slot. */
    interface PartialTask {
        void run(int block, double[] slot);
    }

    private final int threads;
    private final ExecutorService pool;
    private final ProgressMonitor monitor;
    private double[][] slots = new double[0][];

    BlockExecutor(int threads, ProgressMonitor monitor) {
        this.threads = threads;
        this.monitor = monitor;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "spikemix-em");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Runs {@code task} once for every block in [0, count). */
    void forEach(int count, BlockTask task) throws CanceledException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger stop = new AtomicInteger();
        List<Future<?>> helpers = new ArrayList<>();
        int nHelpers = Math.min(threads - 1, count - 1);
        for (int h = 0; h < nHelpers; h++) {
            helpers.add(pool.submit(() -> {
                int b;
                while (stop.get() == 0 && (b = next.getAndIncrement()) < count) {
                    task.run(b);
                }
            }));
        }
        CanceledException canceled = null;
        RuntimeException failure = null;
        try {
            int b;
            while (stop.get() == 0 && (b = next.getAndIncrement()) < count) {
                monitor.checkCanceled();
                task.run(b);
            }
        } catch (CanceledException e) {
            canceled = e;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (canceled != null || failure != null) {
                stop.set(1);
            }
            for (Future<?> f : helpers) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CanceledException("Interrupted");
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                                : new IllegalStateException(e.getCause());
                    }
                }
            }
        }
        if (canceled != null) {
            throw canceled;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Adds every block's partial sums (each computed into a zeroed slot of {@code total.length} doubles) to
     * {@code total}, in block order.
     */
    void reduce(int count, double[] total, PartialTask task) throws CanceledException {
        int size = total.length;
        int wave = Math.max(threads, Math.min(WAVE, SLOT_BUDGET / Math.max(1, size)));
        int nSlots = Math.min(wave, count);
        if (slots.length < nSlots || (nSlots > 0 && slots[0].length != size)) {
            slots = new double[nSlots][size];
        }
        for (int start = 0; start < count; start += wave) {
            int n = Math.min(wave, count - start);
            int first = start;
            forEach(n, i -> {
                double[] slot = slots[i];
                java.util.Arrays.fill(slot, 0.0);
                task.run(first + i, slot);
            });
            for (int i = 0; i < n; i++) {
                double[] slot = slots[i];
                for (int j = 0; j < size; j++) {
                    total[j] += slot[j];
                }
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
