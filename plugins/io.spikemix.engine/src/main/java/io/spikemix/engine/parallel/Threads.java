package io.spikemix.engine.parallel;

/** Waiting for threads to end, for code that stops its own worker threads. */
public final class Threads {

    private Threads() {
    }

    /**
     * Waits until every given thread has ended. An interrupt meanwhile does not cut the wait short (a caller that
     * promised its threads are gone must keep the promise); it is re-asserted on the calling thread afterwards.
     */
    public static void joinAll(Iterable<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
