package io.spikemix.engine.io.envi;

import io.spikemix.engine.io.SpectralFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads runs of consecutive pixels of an ENVI data file into pixel-major float32 rows (one row of the selected
 * bands per pixel), whatever the interleave.
 *
 * <p>All I/O is large positional reads into one reused direct buffer: BIP reads the run in one piece, BIL reads
 * whole lines, BSQ reads the run's segment of each selected band into one buffer (unselected bands are never
 * read). Samples are then converted in bulk (BIP) or by a cache-blocked transpose (BIL, BSQ) by
 * {@link SampleDecoder}. Cost: O(bytes of the run) for BIP and
 * BIL, O(selected bands × run length) for BSQ.
 */
final class EnviTileReader implements Closeable {

    /** Target size of one read; large enough to amortise system calls, small enough to stay near the caches. */
    static final int TARGET_READ_BYTES = 8 << 20;

    /** Samples per block of the cache-blocked transposes of BIL and BSQ (block × bands floats fit in L2). */
    private static final int TRANSPOSE_BLOCK = 128;

    private final Path data;
    private final FileChannel channel;
    private final EnviHeader header;
    private final int[] bands;
    private final boolean allBands;
    private final long pixels;
    private final int bps;
    private final ByteBuffer buffer;
    private final SampleDecoder decoder;

    EnviTileReader(Path data, EnviHeader header, int[] bands, int readBytes) throws SpectralFileException {
        this.data = data;
        this.header = header;
        this.bands = bands;
        this.allBands = bands.length == header.bands();
        this.pixels = (long) header.samples() * header.lines();
        this.bps = header.dataType().bytes();
        long unit;
        switch (header.interleave()) {
            case BIP:
                unit = (long) header.bands() * bps;
                break;
            case BIL:
                unit = (long) header.bands() * header.samples() * bps;
                break;
            default:
                unit = bps;
                break;
        }
        if (unit > Integer.MAX_VALUE - 64) {
            throw new SpectralFileException(data, "interleave", "one " + header.interleave() + " record is " + unit
                    + " bytes; expected at most " + (Integer.MAX_VALUE - 64));
        }
        int capacity = (int) Math.max(unit, readBytes - readBytes % unit);
        this.buffer = ByteBuffer.allocateDirect(capacity);
        this.decoder = new SampleDecoder(buffer, header.byteOrder(), header.dataType());
        try {
            this.channel = FileChannel.open(data, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new SpectralFileException(data, "data file", "cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Reads pixels {@code [p0, p0 + count)} (row-major pixel numbers) into {@code dst}: pixel {@code p0 + i}'s
     * selected bands go to {@code dst[off + i·nb … off + i·nb + nb)}, nb = number of selected bands.
     */
    void read(long p0, int count, float[] dst, int off) throws SpectralFileException {
        switch (header.interleave()) {
            case BIP:
                readBip(p0, count, dst, off);
                break;
            case BIL:
                readBil(p0, count, dst, off);
                break;
            default:
                readBsq(p0, count, dst, off);
                break;
        }
    }

    private void readBip(long p0, int count, float[] dst, int off) throws SpectralFileException {
        int nbAll = header.bands();
        int nb = bands.length;
        int perRead = buffer.capacity() / (nbAll * bps);
        for (int done = 0; done < count; ) {
            int n = Math.min(perRead, count - done);
            fill((p0 + done) * nbAll * bps, n * nbAll * bps);
            if (allBands) {
                decoder.decode(0, n * nbAll, dst, off + done * nb);
            } else {
                for (int i = 0; i < n; i++) {
                    int src = i * nbAll;
                    int d = off + (done + i) * nb;
                    for (int j = 0; j < nb; j++) {
                        decoder.scatter(src + bands[j], 1, dst, d + j, 1);
                    }
                }
            }
            done += n;
        }
    }

    private void readBil(long p0, int count, float[] dst, int off) throws SpectralFileException {
        int w = header.samples();
        int nbAll = header.bands();
        int nb = bands.length;
        long lineValues = (long) w * nbAll;
        int linesPerRead = (int) Math.max(1, buffer.capacity() / (lineValues * bps));
        long pEnd = p0 + count;
        long y = p0 / w;
        long yEnd = (pEnd - 1) / w + 1;
        while (y < yEnd) {
            int k = (int) Math.min(linesPerRead, yEnd - y);
            fill(y * lineValues * bps, (int) (k * lineValues * bps));
            for (int l = 0; l < k; l++) {
                long lineStart = (y + l) * w;
                long from = Math.max(p0, lineStart);
                long to = Math.min(pEnd, lineStart + w);
                int x0 = (int) (from - lineStart);
                int n = (int) (to - from);
                int d = off + (int) (from - p0) * nb;
                long lineBase = l * lineValues + x0;
                // blocked transpose: a block of samples × all bands stays in cache while it is written
                for (int xb = 0; xb < n; xb += TRANSPOSE_BLOCK) {
                    int len = Math.min(TRANSPOSE_BLOCK, n - xb);
                    for (int j = 0; j < nb; j++) {
                        int src = (int) (lineBase + (long) bands[j] * w + xb);
                        decoder.scatter(src, len, dst, d + xb * nb + j, nb);
                    }
                }
            }
            y += k;
        }
    }

    private void readBsq(long p0, int count, float[] dst, int off) throws SpectralFileException {
        int nb = bands.length;
        // the buffer holds the same run of pixels from every selected band, then a blocked transpose writes rows
        int perRead = Math.max(1, buffer.capacity() / (nb * bps));
        for (int done = 0; done < count; ) {
            int n = Math.min(perRead, count - done);
            if (n * nb * bps > buffer.capacity()) {
                readBsqBandByBand(p0 + done, n, dst, off + done * nb);
            } else {
                buffer.clear();
                for (int j = 0; j < nb; j++) {
                    fillAt(((long) bands[j] * pixels + p0 + done) * bps, n * bps, j * n * bps);
                }
                for (int xb = 0; xb < n; xb += TRANSPOSE_BLOCK) {
                    int len = Math.min(TRANSPOSE_BLOCK, n - xb);
                    for (int j = 0; j < nb; j++) {
                        decoder.scatter(j * n + xb, len, dst, off + (done + xb) * nb + j, nb);
                    }
                }
            }
            done += n;
        }
    }

    /** BSQ with more selected bands than one buffer holds for a single pixel: one band at a time. */
    private void readBsqBandByBand(long p0, int count, float[] dst, int off) throws SpectralFileException {
        int nb = bands.length;
        int perRead = buffer.capacity() / bps;
        for (int j = 0; j < nb; j++) {
            long bandStart = (long) bands[j] * pixels;
            for (int done = 0; done < count; ) {
                int n = Math.min(perRead, count - done);
                fill((bandStart + p0 + done) * bps, n * bps);
                decoder.scatter(0, n, dst, off + done * nb + j, nb);
                done += n;
            }
        }
    }

    /** Reads {@code length} bytes at data offset {@code position} (after the header offset) into the buffer. */
    private void fill(long position, int length) throws SpectralFileException {
        buffer.clear();
        fillAt(position, length, 0);
    }

    /** Reads {@code length} bytes at data offset {@code position} into the buffer from index {@code at}. */
    private void fillAt(long position, int length, int at) throws SpectralFileException {
        long from = header.headerOffset() + position;
        ByteBuffer b = buffer.duplicate();
        b.limit(at + length);
        b.position(at);
        try {
            while (b.hasRemaining()) {
                int r = channel.read(b, from + b.position() - at);
                if (r < 0) {
                    throw new SpectralFileException(data, "data file", "expected at least " + (from + length)
                            + " bytes, found " + (from + b.position() - at) + " (the file shrank while being read)");
                }
            }
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(data, "data file", "read failed at byte " + from + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
