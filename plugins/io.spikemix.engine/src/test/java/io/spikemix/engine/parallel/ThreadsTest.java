package io.spikemix.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ThreadsTest {

    @Test
    void joinAllReturnsOnlyWhenEveryThreadHasEndedEvenIfInterruptedAndKeepsTheInterrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> {
            try {
                release.await();
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread quick = new Thread(() -> { });
        slow.start();
        quick.start();
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            caller.interrupt();
            release.countDown();
        });
        interrupter.start();
        Threads.joinAll(List.of(slow, quick));
        assertFalse(slow.isAlive());
        assertFalse(quick.isAlive());
        assertTrue(Thread.interrupted(), "the interrupt is re-asserted (and cleared here)");
        interrupter.join();
    }
}
