package io.spikemix.engine.io;

import io.spikemix.engine.parallel.Threads;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a planned sequence of chunks of one file on a background thread, a few chunks ahead of the thread that
 * decodes them, so the disk streams while the caller converts values and faults in fresh heap pages.
 *
 * <p>Why: a reader that alternates one large read with its decoding waits for the disk and then lets it idle;
 * measured on a 1 GB ENVI cube read cold, the decoding (mostly first-touch page faults of the destination matrix)
 * took about as long as the I/O, so overlapping the two nearly halves the time. Each chunk is read by a
 * {@link ChunkFiller} into one of a few reused direct buffers; the decoding thread asks for chunk numbers in
 * ascending order ({@link #chunk(int)}), and asking for an earlier one restarts the reading there. A single-chunk
 * plan is read on the calling thread (no thread for small files).
 *
 * <p>Errors of the reading thread are rethrown by {@link #chunk(int)} of the chunk they belong to; {@link #close()}
 * stops the thread (it opens its own channel, so interrupting it never closes the caller's). Memory:
 * {@code buffers × bufferBytes} of direct memory.
 */
public final class ChunkPrefetcher implements Closeable {

    /** Reads chunk {@code chunk} of the plan into a cleared buffer (absolute or relative puts, as it likes). */
    @FunctionalInterface
    public interface ChunkFiller {
        void fill(int chunk, FileChannel channel, ByteBuffer buffer) throws SpectralFileException;
    }

    /** One result of the reading thread: a filled buffer or the error that ended the reading. */
    private static final class Filled {
        final int chunk;
        final ByteBuffer buffer;
        final Exception error;

        Filled(int chunk, ByteBuffer buffer, Exception error) {
            this.chunk = chunk;
            this.buffer = buffer;
            this.error = error;
        }
    }

    private final Path file;
    private final int chunkCount;
    private final ChunkFiller filler;
    private final List<ByteBuffer> all = new ArrayList<>();
    private final BlockingQueue<ByteBuffer> free;
    private final BlockingQueue<Filled> filled;
    private FileChannel syncChannel;
    private Thread worker;
    private int next = -1;
    private ByteBuffer held;

    /**
     * @param file        the file to read
     * @param chunkCount  number of chunks in the plan, ≥ 1
     * @param bufferBytes capacity of each buffer; the filler must not need more
     * @param buffers     number of buffers (≥ 2 for overlap; one is lent to the caller, the rest are read ahead)
     */
    public ChunkPrefetcher(Path file, int chunkCount, int bufferBytes, int buffers, ChunkFiller filler) {
        if (chunkCount < 1 || buffers < 2 || bufferBytes < 1) {
            throw new IllegalArgumentException("chunkCount, bufferBytes must be >= 1 and buffers >= 2, got "
                    + chunkCount + ", " + bufferBytes + ", " + buffers);
        }
        this.file = file;
        this.chunkCount = chunkCount;
        this.filler = filler;
        int n = chunkCount == 1 ? 1 : buffers;
        for (int i = 0; i < n; i++) {
            all.add(ByteBuffer.allocateDirect(bufferBytes));
        }
        this.free = new ArrayBlockingQueue<>(n);
        this.filled = new ArrayBlockingQueue<>(n);
    }

    public int chunkCount() {
        return chunkCount;
    }

    /**
     * The buffer holding chunk {@code c}, as the filler left it. It stays valid until the next call or
     * {@link #close()}.
     *
     * @throws SpectralFileException the filler's error for this chunk, or when the wait is interrupted
     */
    public ByteBuffer chunk(int c) throws SpectralFileException {
        if (c < 0 || c >= chunkCount) {
            throw new IndexOutOfBoundsException("chunk " + c + " of " + chunkCount);
        }
        if (chunkCount == 1) {
            return readHere(c);
        }
        if (held != null) {
            free.add(held);
            held = null;
        }
        if (worker == null || c < next) {
            restart(c);
        }
        try {
            while (true) {
                Filled f = filled.take();
                if (f.error != null) {
                    stop();
                    if (f.error instanceof SpectralFileException) {
                        throw (SpectralFileException) f.error;
                    }
                    throw new SpectralFileException(file, "data file", "read failed: " + f.error, f.error);
                }
                if (f.chunk < c) {
                    free.add(f.buffer);
                    continue;
                }
                held = f.buffer;
                next = c + 1;
                return held;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpectralFileException(file, "data file", "reading was interrupted");
        }
    }

    private ByteBuffer readHere(int c) throws SpectralFileException {
        ByteBuffer b = all.get(0);
        try {
            if (syncChannel == null) {
                syncChannel = FileChannel.open(file, StandardOpenOption.READ);
            }
        } catch (IOException e) {
            throw new SpectralFileException(file, "data file", "cannot be opened: " + e.getMessage(), e);
        }
        b.clear();
        filler.fill(c, syncChannel, b);
        return b;
    }

    private void restart(int from) {
        stop();
        free.addAll(all);
        Thread t = new Thread(() -> produce(from), "spikemix-read-ahead " + file.getFileName());
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    private void produce(int from) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int c = from; c < chunkCount; c++) {
                ByteBuffer b = free.take();
                b.clear();
                try {
                    filler.fill(c, ch, b);
                } catch (SpectralFileException | RuntimeException e) {
                    if (!Thread.currentThread().isInterrupted()) {
                        filled.put(new Filled(c, null, e));
                    }
                    return;
                }
                filled.put(new Filled(c, b, null));
            }
        } catch (InterruptedException | ClosedByInterruptException e) {
            // stopped by the decoding thread: nothing is waiting for this reading any more
        } catch (IOException e) {
            filled.offer(new Filled(from, null, new SpectralFileException(file, "data file", "cannot be opened: "
                    + e.getMessage(), e)));
        }
    }

    /** Stops the reading thread and takes all buffers back. */
    private void stop() {
        Thread t = worker;
        worker = null;
        held = null;
        if (t != null) {
            t.interrupt();
            Threads.joinAll(List.of(t));
        }
        filled.clear();
        free.clear();
    }

    @Override
    public void close() throws IOException {
        stop();
        if (syncChannel != null) {
            syncChannel.close();
        }
    }
}
