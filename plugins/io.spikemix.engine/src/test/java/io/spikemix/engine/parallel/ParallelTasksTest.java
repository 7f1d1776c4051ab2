package io.spikemix.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

class ParallelTasksTest {

    @Test
    void runsEveryTaskExactlyOnce() throws Exception {
        for (int threads = 1; threads <= 4; threads++) {
            int[] hits = new int[257];
            try (ParallelTasks t = new ParallelTasks(threads)) {
                t.run(hits.length, (i, c) -> hits[i]++, ProgressMonitor.NONE);
            }
            int[] ones = new int[257];
            java.util.Arrays.fill(ones, 1);
            assertArrayEquals(ones, hits);
        }
    }

    @Test
    void failureInAWorkerReachesTheCaller() {
        try (ParallelTasks t = new ParallelTasks(3)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.run(50, (i, c) -> {
                if (i == 17) {
                    throw new IllegalStateException("task 17");
                }
            }, ProgressMonitor.NONE));
            assertEquals("task 17", e.getMessage());
        }
    }

    @Test
    void cancellationFromTheMonitorStopsTheRun() {
        AtomicInteger checks = new AtomicInteger();
        ProgressMonitor cancelling = new ProgressMonitor() {
            @Override
            public void checkCanceled() throws CanceledException {
                if (checks.incrementAndGet() > 3) {
                    throw new CanceledException("stop");
                }
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                // not needed
            }
        };
        AtomicInteger ran = new AtomicInteger();
        try (ParallelTasks t = new ParallelTasks(2)) {
            assertThrows(CanceledException.class, () -> t.run(10_000, (i, c) -> {
                c.check();
                // long enough that the calling thread takes part and polls the monitor
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                ran.incrementAndGet();
            }, cancelling));
        }
        assertEquals(true, ran.get() < 10_000);
    }

    @Test
    void rejectsZeroThreads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParallelTasks(0));
        assertEquals("The 'threads' parameter must be >= 1. Got 0 instead.", e.getMessage());
    }
}
