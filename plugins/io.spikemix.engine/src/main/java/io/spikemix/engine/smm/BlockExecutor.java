package io.spikemix.engine.smm;

import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Runs a task for every index of a range of pixel blocks on a fixed number of threads and reduces their partial
 * sums in block order, so results never depend on the number of threads or on scheduling.
 *
 * <p>Blocks are processed in waves of at most {@link #WAVE} blocks (fewer when the partial sums are large, so the
 * slots stay near {@link #SLOT_BUDGET} doubles); each block writes its partial sums into the slot of its position in
 * the wave, and after the wave the slots are added to the total sequentially in block order. The sum is therefore
 * always ((total + p₀) + p₁) + …, whatever the wave size and whatever thread computed each pᵢ. The threads are
 * those of a {@link ParallelTasks}: the calling thread works as one of the workers and is the only one that talks
 * to the {@link ProgressMonitor}, checking for cancellation before every block it takes.
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
    private final ParallelTasks tasks;
    private final ProgressMonitor monitor;
    private double[][] slots = new double[0][];

    BlockExecutor(int threads, ProgressMonitor monitor) {
        this.threads = threads;
        this.monitor = monitor;
        this.tasks = new ParallelTasks(threads);
    }

    /** Runs {@code task} once for every block in [0, count), checking for cancellation before every block. */
    void forEach(int count, BlockTask task) throws CanceledException {
        tasks.run(count, (block, cancel) -> task.run(block), monitor);
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
        tasks.close();
    }
}
