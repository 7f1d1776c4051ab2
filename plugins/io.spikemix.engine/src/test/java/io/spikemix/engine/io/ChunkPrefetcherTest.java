package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkPrefetcherTest {

    @TempDir
    Path dir;

    /** A file whose byte i is (i * 7) mod 251, so each chunk's content identifies its position. */
    private Path patternFile(int size) throws IOException {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 7 % 251);
        }
        return Files.write(dir.resolve("pattern.bin"), b);
    }

    private static ChunkPrefetcher.ChunkFiller fixedChunks(int chunkBytes, int size) {
        return (c, ch, buf) -> {
            int len = Math.min(chunkBytes, size - c * chunkBytes);
            buf.limit(len);
            try {
                while (buf.hasRemaining()) {
                    if (ch.read(buf, (long) c * chunkBytes + buf.position()) < 0) {
                        throw new SpectralFileException(Path.of("x"), "test", "short file");
                    }
                }
            } catch (IOException e) {
                throw new SpectralFileException(Path.of("x"), "test", e.getMessage(), e);
            }
        };
    }

    private static void assertChunk(int c, int chunkBytes, ByteBuffer buf) {
        for (int i = 0; i < buf.limit(); i++) {
            long pos = (long) c * chunkBytes + i;
            assertEquals((byte) (pos * 7 % 251), buf.get(i), "chunk " + c + " byte " + i);
        }
    }

    @Test
    void chunksAskedInOrderSkippedOrAgainHoldTheBytesAtTheirPosition() throws Exception {
        int size = 10_007;
        Path f = patternFile(size);
        int chunkBytes = 97;
        int chunks = (size + chunkBytes - 1) / chunkBytes;
        try (ChunkPrefetcher p = new ChunkPrefetcher(f, chunks, chunkBytes, 3, fixedChunks(chunkBytes, size))) {
            for (int c = 0; c < chunks; c++) {
                assertChunk(c, chunkBytes, p.chunk(c));
            }
            assertEquals(size - (chunks - 1) * chunkBytes, p.chunk(chunks - 1).limit());
            assertChunk(5, chunkBytes, p.chunk(5));
            assertChunk(60, chunkBytes, p.chunk(60));
            assertChunk(0, chunkBytes, p.chunk(0));
            assertChunk(1, chunkBytes, p.chunk(1));
        }
        assertFalse(readAheadThreadAlive(), "close() must stop the read-ahead thread");
    }

    @Test
    void aSingleChunkIsReadOnTheCallingThread() throws Exception {
        Path f = patternFile(50);
        List<String> threads = new ArrayList<>();
        ChunkPrefetcher.ChunkFiller filler = fixedChunks(64, 50);
        try (ChunkPrefetcher p = new ChunkPrefetcher(f, 1, 64, 3, (c, ch, b) -> {
            threads.add(Thread.currentThread().getName());
            filler.fill(c, ch, b);
        })) {
            assertChunk(0, 64, p.chunk(0));
        }
        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aFillerErrorIsThrownForItsChunkAndEarlierChunksStillArrive() throws Exception {
        Path f = patternFile(1000);
        ChunkPrefetcher.ChunkFiller good = fixedChunks(100, 1000);
        try (ChunkPrefetcher p = new ChunkPrefetcher(f, 10, 100, 2, (c, ch, b) -> {
            if (c == 6) {
                throw new SpectralFileException(f, "data file", "chunk 6 is damaged");
            }
            good.fill(c, ch, b);
        })) {
            for (int c = 0; c < 6; c++) {
                assertChunk(c, 100, p.chunk(c));
            }
            SpectralFileException e = assertThrows(SpectralFileException.class, () -> p.chunk(6));
            assertTrue(e.getMessage().contains("chunk 6 is damaged"), e.getMessage());
            assertChunk(2, 100, p.chunk(2));
        }
        assertFalse(readAheadThreadAlive());
    }

    @Test
    void closingWhileTheReadAheadIsBlockedStopsIt() throws Exception {
        Path f = patternFile(100_000);
        ChunkPrefetcher p = new ChunkPrefetcher(f, 1000, 100, 3, fixedChunks(100, 100_000));
        assertChunk(0, 100, p.chunk(0));
        p.close();
        assertFalse(readAheadThreadAlive());
    }

    private static boolean readAheadThreadAlive() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("spikemix-read-ahead") && e.getKey().isAlive()) {
                return true;
            }
        }
        return false;
    }
}
