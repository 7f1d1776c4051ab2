package io.spikemix.engine.io.imzml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the start of an .ibd file on a background thread, discarding the bytes, while the .imzML is parsed: the
 * disk then streams the binary data into the operating system's page cache during the XML parse instead of after
 * it, when the decoding asks for it.
 *
 * <p>Why: the decoding can only start once the XML says where the arrays lie, and on a cold cache it then waited for
 * the disk (381 MB of a 500,000-spectrum file). The reading is a hint only: errors end it silently (the decoding
 * reports them), and it stops at {@value #MAX_BYTES} bytes so that it cannot push its own start out of the cache on
 * machines with little memory. CPU cost: one copy of the bytes read into a reused 1 MiB buffer.
 */
final class IbdReadAhead implements AutoCloseable {

    /** Bytes read at most. */
    static final long MAX_BYTES = 1L << 30;

    static final String THREAD_NAME = "spikemix-ibd-read-ahead";

    private final Thread thread;
    private volatile boolean stop;
    private volatile long bytesRead;

    private IbdReadAhead(Path file) {
        thread = new Thread(() -> read(file), THREAD_NAME);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
    }

    /** Starts reading {@code file} ahead. */
    static IbdReadAhead start(Path file) {
        IbdReadAhead ahead = new IbdReadAhead(file);
        ahead.thread.start();
        return ahead;
    }

    private void read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long limit = Math.min(ch.size(), MAX_BYTES);
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            long pos = 0;
            while (!stop && pos < limit) {
                buffer.clear();
                int r = ch.read(buffer, pos);
                if (r < 0) {
                    break;
                }
                pos += r;
                bytesRead = pos;
            }
        } catch (IOException e) {
            // a hint only: the decoding reads the file itself and reports what is wrong with it
        }
    }

    /** Bytes read so far. */
    long bytesRead() {
        return bytesRead;
    }

    /** Stops the reading and waits for the thread to end (at most one 1 MiB read). */
    @Override
    public void close() {
        stop = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
