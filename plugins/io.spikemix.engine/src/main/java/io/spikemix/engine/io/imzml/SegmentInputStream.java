package io.spikemix.engine.io.imzml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An input stream over parts of a file: optional literal bytes, then bytes {@code [start, end)} of the file, then,
 * after an optional {@link #splice}, bytes {@code [resume, fileEnd)}, then optional literal bytes.
 *
 * <p>Why: a parallel parse of an imzML file gives each thread a piece of the spectrum list wrapped in a synthetic
 * root element, and the first thread the document with those pieces cut out. The file is read with positional reads
 * through a 64 KiB buffer; each stream opens its own channel.
 */
final class SegmentInputStream extends InputStream {

    private static final int BUFFER = 64 << 10;

    private final FileChannel channel;
    private final byte[] head;
    private final byte[] tail;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private int headPos;
    private int tailPos;
    private long pos;
    private long end;
    private long resume = -1;
    private long resumeEnd;

    /**
     * @param head literal text before the file bytes (ASCII), or ""
     * @param tail literal text after them, or ""
     */
    SegmentInputStream(Path file, String head, long start, long end, String tail) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.head = head.getBytes(StandardCharsets.US_ASCII);
        this.tail = tail.getBytes(StandardCharsets.US_ASCII);
        this.pos = start;
        this.end = end;
        buffer.limit(0);
    }

    /**
     * Cuts out the file bytes {@code [cut, resume)}: after byte {@code cut - 1} the stream continues at byte
     * {@code resume} and runs to {@code resumeEnd}. Only possible while no byte at or after {@code cut} has been
     * read from the file.
     *
     * @return false (and nothing changed) when the stream has already read past {@code cut}
     */
    boolean splice(long cut, long resume, long resumeEnd) {
        long next = pos - buffer.remaining();
        if (next > cut || cut > end || this.resume >= 0) {
            return false;
        }
        if (cut < pos) {
            // the buffer already holds bytes beyond the cut: deliver only those before it
            buffer.limit(buffer.position() + (int) (cut - next));
            pos = cut;
        }
        end = cut;
        this.resume = resume;
        this.resumeEnd = resumeEnd;
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int r = read(one, 0, 1);
        return r < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (headPos < head.length) {
            int k = Math.min(len, head.length - headPos);
            System.arraycopy(head, headPos, b, off, k);
            headPos += k;
            return k;
        }
        if (!buffer.hasRemaining() && !fill()) {
            if (tailPos < tail.length) {
                int k = Math.min(len, tail.length - tailPos);
                System.arraycopy(tail, tailPos, b, off, k);
                tailPos += k;
                return k;
            }
            return -1;
        }
        int k = Math.min(len, buffer.remaining());
        buffer.get(b, off, k);
        return k;
    }

    /** Refills the buffer from the file; false at the end of the file parts. */
    private boolean fill() throws IOException {
        if (pos >= end) {
            if (resume < 0) {
                return false;
            }
            pos = resume;
            end = resumeEnd;
            resume = -1;
            if (pos >= end) {
                return false;
            }
        }
        buffer.clear();
        buffer.limit((int) Math.min(BUFFER, end - pos));
        while (buffer.hasRemaining()) {
            int r = channel.read(buffer, pos + buffer.position());
            if (r < 0) {
                break;
            }
        }
        buffer.flip();
        pos += buffer.remaining();
        if (!buffer.hasRemaining()) {
            // the file is shorter than it was: end here, the parser reports the truncated document
            end = pos;
            resume = -1;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
