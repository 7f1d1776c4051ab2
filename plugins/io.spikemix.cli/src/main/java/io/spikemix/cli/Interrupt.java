package io.spikemix.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C into cooperative cancellation: a shutdown hook raises a flag that {@link ConsoleProgress} checks,
 * then waits (a few seconds at most) for the running command to stop and remove its temporary files, because the
 * JVM halts as soon as the hooks return.
 */
final class Interrupt {

    private static final long GRACE_SECONDS = 10;

    private final AtomicBoolean flag = new AtomicBoolean();
    private final AtomicBoolean shuttingDown = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    private Interrupt() {
    }

    static Interrupt install() {
        Interrupt i = new Interrupt();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            i.shuttingDown.set(true);
            i.flag.set(true);
            try {
                i.finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "spikemix-interrupt"));
        return i;
    }

    /** Raised when the user asked to stop. */
    AtomicBoolean flag() {
        return flag;
    }

    /** Called when the command returned; true when the JVM is already shutting down (Ctrl-C). */
    boolean finish() {
        finished.countDown();
        return shuttingDown.get();
    }
}
