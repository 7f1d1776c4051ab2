package io.spikemix.engine.io.envi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnviReaderTest {

    @TempDir
    Path dir;

    private static void assertCubeEquals(long[][][] raw, EnviDataType type, SpectralCube cube, int[] bands) {
        int h = raw.length;
        int w = raw[0].length;
        assertEquals(h, cube.height());
        assertEquals(w, cube.width());
        assertEquals(h * w, cube.validCount());
        assertEquals(bands.length, cube.bandCount());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int row = y * w + x;
                for (int j = 0; j < bands.length; j++) {
                    float want = EnviFixtures.expected(type, raw[y][x][bands[j]]);
                    float got = cube.spectra().get(row, j);
                    if (Float.compare(want, got) != 0) {
                        assertEquals(want, got, 0f, type + " pixel " + row + " band " + j);
                    }
                }
            }
        }
    }

    @Test
    void everyDataTypeInterleaveAndByteOrderDecodesLikeAnIndependentByteBufferWriter() throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        int all = 0;
        for (EnviDataType type : EnviDataType.values()) {
            for (EnviInterleave il : EnviInterleave.values()) {
                for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                    long[][][] raw = EnviFixtures.randomCube(3, 4, 5, type, rnd);
                    String base = type + "_" + il + "_" + order;
                    Path hdr = EnviFixtures.write(dir, base, raw, type, il, order, 7, "");
                    SpectralCube cube = EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE);
                    assertCubeEquals(raw, type, cube, new int[] {0, 1, 2, 3, 4});
                    all++;
                }
            }
        }
        assertEquals(9 * 3 * 2, all);
    }

    @Test
    void tinyTilesAndReadBuffersGiveTheSameValuesAsOneRead() throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        for (EnviInterleave il : EnviInterleave.values()) {
            long[][][] raw = EnviFixtures.randomCube(5, 7, 6, EnviDataType.INT16, rnd);
            Path hdr = EnviFixtures.write(dir, "tiles_" + il, raw, EnviDataType.INT16, il, ByteOrder.BIG_ENDIAN, 0,
                    "wavelength = {10, 20, 30, 40, 50, 60}\n");
            EnviHeader header = EnviHeader.read(hdr);
            Path data = EnviReader.findDataFile(hdr);
            for (int tile : new int[] {1, 11, 13, 40}) {
                for (int readBytes : new int[] {2, 24, 100}) {
                    SpectralCube cube = EnviReader.read(header, data, ReadOptions.defaults(), ProgressMonitor.NONE, tile,
                            readBytes);
                    assertCubeEquals(raw, EnviDataType.INT16, cube, new int[] {0, 1, 2, 3, 4, 5});
                    SpectralCube sub = EnviReader.read(header, data,
                            ReadOptions.builder().bandRange(25, 55).build(), ProgressMonitor.NONE, tile, readBytes);
                    assertCubeEquals(raw, EnviDataType.INT16, sub, new int[] {2, 3, 4});
                    assertArrayEquals(new double[] {30, 40, 50}, sub.bands().values());
                }
            }
        }
    }

    @Test
    void readAheadChunksTransposeBlocksAndMatrixBlocksGiveIndependentlyDecodedValuesForOddSizes() throws Exception {
        // 131 samples x 300 bands: a BIL line and a BSQ chunk span several 109-sample transpose blocks; an odd
        // header offset, read buffers that split lines and pixels unevenly and 50-row matrix blocks (the last one
        // partial) exercise every boundary of the read-ahead and the lazily allocated blocks
        SplittableRandom rnd = new SplittableRandom(11);
        int[] everyThird = new int[100];
        for (int j = 0; j < everyThird.length; j++) {
            everyThird[j] = 3 * j;
        }
        StringBuilder bbl = new StringBuilder("bbl = {");
        for (int j = 0; j < 300; j++) {
            bbl.append(j == 0 ? "" : ",").append(j % 3 == 0 ? 1 : 0);
        }
        bbl.append("}\n");
        int[] all = new int[300];
        for (int j = 0; j < all.length; j++) {
            all[j] = j;
        }
        for (EnviDataType type : new EnviDataType[] {EnviDataType.FLOAT32, EnviDataType.UINT16}) {
            for (EnviInterleave il : EnviInterleave.values()) {
                ByteOrder order = type == EnviDataType.FLOAT32 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                long[][][] raw = EnviFixtures.randomCube(4, 131, 300, type, rnd);
                Path hdr = EnviFixtures.write(dir, "odd_" + type + "_" + il, raw, type, il, order, 5, bbl.toString());
                EnviHeader header = EnviHeader.read(hdr);
                Path data = EnviReader.findDataFile(hdr);
                for (int readBytes : new int[] {300 * 97 * type.bytes() + 7, 1 << 20}) {
                    SpectralCube cube = EnviReader.read(header, data, ReadOptions.defaults(), ProgressMonitor.NONE,
                            300 * 37, readBytes, 300 * 50);
                    assertEquals(11, cube.spectra().blockCount());
                    assertCubeEquals(raw, type, cube, all);
                    SpectralCube good = EnviReader.read(header, data, ReadOptions.builder().dropBadBands(true).build(),
                            ProgressMonitor.NONE, 777, readBytes, 100 * 50);
                    assertCubeEquals(raw, type, good, everyThird);
                }
            }
        }
    }

    @Test
    void maskedPixelsAcrossReadChunksAndMatrixBlocksKeepTheirOrderAndValues() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(9, 11, 6, EnviDataType.INT32, new SplittableRandom(13));
        boolean[] masked = new boolean[99];
        for (int p = 0; p < 99; p += 4) {
            masked[p] = true;
            java.util.Arrays.fill(raw[p / 11][p % 11], -1);
        }
        for (EnviInterleave il : EnviInterleave.values()) {
            Path hdr = EnviFixtures.write(dir, "mask_" + il, raw, EnviDataType.INT32, il, ByteOrder.BIG_ENDIAN, 3,
                    "data ignore value = -1\n");
            EnviHeader header = EnviHeader.read(hdr);
            Path data = EnviReader.findDataFile(hdr);
            SpectralCube cube = EnviReader.read(header, data, ReadOptions.defaults(), ProgressMonitor.NONE, 30,
                    6 * 4 * 11 * 2, 6 * 7);
            assertEquals(99 - 25, cube.validCount());
            int row = 0;
            for (int p = 0; p < 99; p++) {
                if (masked[p]) {
                    continue;
                }
                assertEquals(p, cube.pixelIndex(row));
                for (int b = 0; b < 6; b++) {
                    long v = raw[p / 11][p % 11][b];
                    float want = v == -1 ? Float.NaN : EnviFixtures.expected(EnviDataType.INT32, v);
                    assertEquals(want, cube.spectra().get(row, b), 0f, il + " pixel " + p + " band " + b);
                }
                row++;
            }
        }
    }

    @Test
    void dataFileIsFoundWithEachKnownExtensionOrNone() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(2, 2, 2, EnviDataType.UINT8, new SplittableRandom(1));
        for (String ext : new String[] {".dat", ".RAW", ".bsq", ".bil", ".bip", ""}) {
            Path sub = Files.createDirectory(dir.resolve("ext" + ext.replace('.', '_')));
            Path hdr = EnviFixtures.write(sub, "cube", raw, EnviDataType.UINT8, EnviInterleave.BSQ,
                    ByteOrder.LITTLE_ENDIAN, 0, "");
            Files.move(sub.resolve("cube.img"), sub.resolve("cube" + ext));
            assertEquals(sub.resolve("cube" + ext), EnviReader.findDataFile(hdr));
            assertCubeEquals(raw, EnviDataType.UINT8, EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE),
                    new int[] {0, 1});
            assertCubeEquals(raw, EnviDataType.UINT8, EnviReader.read(sub.resolve("cube" + ext), ReadOptions.defaults(),
                    ProgressMonitor.NONE), new int[] {0, 1});
        }
    }

    @Test
    void ignoreValueMasksWholePixelsAndTurnsIsolatedOnesIntoNaN() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(3, 3, 4, EnviDataType.INT16, new SplittableRandom(3));
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                for (int b = 0; b < 4; b++) {
                    if (raw[y][x][b] == -9999) {
                        raw[y][x][b] = 0;
                    }
                }
            }
        }
        java.util.Arrays.fill(raw[0][1], -9999);
        java.util.Arrays.fill(raw[2][2], -9999);
        raw[1][1][2] = -9999;
        for (EnviInterleave il : EnviInterleave.values()) {
            Path hdr = EnviFixtures.write(dir, "ign_" + il, raw, EnviDataType.INT16, il, ByteOrder.LITTLE_ENDIAN, 0,
                    "data ignore value = -9999\n");
            SpectralCube cube = EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE);
            assertEquals(7, cube.validCount());
            assertFalse(cube.validMask()[1]);
            assertFalse(cube.validMask()[8]);
            int row = 3; // pixels 0, 2, 3 come before pixel 4 = (1, 1)
            assertEquals(4, cube.pixelIndex(row));
            assertTrue(Float.isNaN(cube.spectra().get(row, 2)));
            assertEquals(raw[1][1][3], (long) cube.spectra().get(row, 3));

            SpectralCube kept = EnviReader.read(hdr, ReadOptions.builder().ignoreValuePolicy(IgnoreValuePolicy.KEEP)
                    .build(), ProgressMonitor.NONE);
            assertEquals(9, kept.validCount());
            assertEquals(-9999f, kept.spectra().get(1, 0));

            SpectralCube full = EnviReader.read(hdr, ReadOptions.builder().dropMaskedPixels(false).build(),
                    ProgressMonitor.NONE);
            assertEquals(9, full.validCount());
            assertTrue(Float.isNaN(full.spectra().get(1, 0)));
            assertEquals(raw[0][0][0], (long) full.spectra().get(0, 0));
        }
    }

    @Test
    void badBandsAreDroppedOnlyWhenAsked() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(2, 3, 4, EnviDataType.FLOAT32, new SplittableRandom(5));
        Path hdr = EnviFixtures.write(dir, "bbl", raw, EnviDataType.FLOAT32, EnviInterleave.BIP,
                ByteOrder.LITTLE_ENDIAN, 0, "bbl = {1, 0, 1, 0}\n");
        assertCubeEquals(raw, EnviDataType.FLOAT32, EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE),
                new int[] {0, 1, 2, 3});
        SpectralCube good = EnviReader.read(hdr, ReadOptions.builder().dropBadBands(true).build(), ProgressMonitor.NONE);
        assertCubeEquals(raw, EnviDataType.FLOAT32, good, new int[] {0, 2});
        assertArrayEquals(new double[] {0, 2}, good.bands().values());
    }

    @Test
    void writerRoundTripKeepsValuesAxisMaskAndMapInfo() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        int h = 4;
        int w = 5;
        int nb = 3;
        int[] pixels = {0, 1, 2, 4, 7, 8, 12, 13, 19};
        SpectralMatrix m = SpectralMatrix.allocate(pixels.length, nb, 6);
        for (int r = 0; r < pixels.length; r++) {
            for (int b = 0; b < nb; b++) {
                m.set(r, b, (float) rnd.nextGaussian());
            }
        }
        BandAxis axis = BandAxis.of(new double[] {1.25, 1.5, 2.0}, "µm", new double[] {0.1, 0.1, 0.2},
                new String[] {"b1", "b2", "b3"});
        SpectralCube cube = SpectralCube.masked(h, w, m, pixels, axis, Map.of("envi.map info", "{UTM, 1, 1, 5, 6}"));
        Path hdr = dir.resolve("out.hdr");
        Path data = EnviWriter.write(cube, hdr, ProgressMonitor.NONE);
        assertEquals(dir.resolve("out.img"), data);
        assertEquals((long) h * w * nb * 4, Files.size(data));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
        SpectralCube back = EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(m, back.spectra());
        assertArrayEquals(pixels, java.util.stream.IntStream.range(0, back.validCount()).map(back::pixelIndex)
                .toArray());
        assertEquals(axis, back.bands());
        assertEquals("{UTM, 1, 1, 5, 6}", back.metadata().get("envi.map info"));
        // independent check of the BSQ layout: value of pixel 7 (row 4), band 2 at byte (2·20 + 7)·4
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(data)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(m.get(4, 2), bb.getFloat((2 * 20 + 7) * 4));
        assertEquals(EnviWriter.MASKED_VALUE, bb.getFloat((20 + 3) * 4));
    }

    @Test
    void truncatedDataFileReportsExpectedAndActualByteCounts() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(4, 4, 3, EnviDataType.FLOAT32, new SplittableRandom(2));
        Path hdr = EnviFixtures.write(dir, "trunc", raw, EnviDataType.FLOAT32, EnviInterleave.BSQ,
                ByteOrder.LITTLE_ENDIAN, 16, "");
        try (FileChannel ch = FileChannel.open(dir.resolve("trunc.img"), StandardOpenOption.WRITE)) {
            ch.truncate(100);
        }
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("expected 208 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("found 100 bytes"), e.getMessage());
    }

    @Test
    void headerOffsetBeyondTheFileEmptyFileAndMissingDataFileAreClearErrors() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(2, 2, 2, EnviDataType.UINT8, new SplittableRandom(2));
        Path hdr = EnviFixtures.write(dir, "off", raw, EnviDataType.UINT8, EnviInterleave.BSQ, ByteOrder.LITTLE_ENDIAN,
                0, "");
        Files.writeString(hdr, Files.readString(hdr).replace("header offset = 0", "header offset = 5000"));
        SpectralFileException off = assertThrows(SpectralFileException.class,
                () -> EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertEquals("header offset", off.field());
        assertTrue(off.getMessage().contains("found 5,000"), off.getMessage());

        Files.write(dir.resolve("off.img"), new byte[0]);
        SpectralFileException empty = assertThrows(SpectralFileException.class,
                () -> EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());

        Files.delete(dir.resolve("off.img"));
        SpectralFileException none = assertThrows(SpectralFileException.class,
                () -> EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertEquals("data file", none.field());
    }

    @Test
    void headerClaimingATrillionValuesFailsOnTheSizeCheckWithoutAllocating() throws Exception {
        Path hdr = dir.resolve("huge.hdr");
        Files.writeString(hdr, "ENVI\nsamples = 1000000\nlines = 1000000\nbands = 1\ndata type = 4\n");
        Files.write(dir.resolve("huge.img"), new byte[64]);
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("expected 4,000,000,000,000 bytes"), e.getMessage());
    }

    @Test
    void nonFiniteValuesAreReportedWithPixelAndBandWhenRejected() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(2, 3, 4, EnviDataType.FLOAT32, new SplittableRandom(9));
        raw[1][2][3] = Float.floatToIntBits(Float.POSITIVE_INFINITY);
        Path hdr = EnviFixtures.write(dir, "inf", raw, EnviDataType.FLOAT32, EnviInterleave.BIL,
                ByteOrder.LITTLE_ENDIAN, 0, "");
        SpectralCube kept = EnviReader.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(Float.POSITIVE_INFINITY, kept.spectra().get(5, 3));
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> EnviReader.read(hdr,
                ReadOptions.builder().rejectNonFinite(true).build(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("pixel (x=2, y=1) band 3"), e.getMessage());
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void cancellingStopsTheRead() throws Exception {
        long[][][] raw = EnviFixtures.randomCube(4, 4, 4, EnviDataType.UINT8, new SplittableRandom(2));
        Path hdr = EnviFixtures.write(dir, "cancel", raw, EnviDataType.UINT8, EnviInterleave.BIP,
                ByteOrder.LITTLE_ENDIAN, 0, "");
        ProgressMonitor cancelled = CancellingMonitor.immediately();
        assertThrows(CanceledException.class, () -> EnviReader.read(hdr, ReadOptions.defaults(), cancelled));
    }

    @Test
    void aSpectralLibraryIsReadFromItsHeaderOrSliAsSpectraByChannels() throws Exception {
        int spectra = 3;
        int channels = 4;
        ByteBuffer b = ByteBuffer.allocate(spectra * channels * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int s = 0; s < spectra; s++) {
            for (int c = 0; c < channels; c++) {
                b.putFloat(10 * s + c);
            }
        }
        Files.write(dir.resolve("lib.sli"), b.array());
        Path hdr = dir.resolve("lib.hdr");
        Files.writeString(hdr, "ENVI\nsamples = 4\nlines = 3\nbands = 1\nheader offset = 0\ndata type = 4\n"
                + "file type = ENVI Spectral Library\nbyte order = 0\nwavelength units = Micrometers\n"
                + "wavelength = {0.4, 0.5, 0.6, 0.7}\nspectra names = {grass, soil, water}\n");
        for (Path given : new Path[] { hdr, dir.resolve("lib.sli") }) {
            SpectralCube c = EnviReader.read(given, ReadOptions.defaults(), ProgressMonitor.NONE);
            assertEquals(channels, c.bandCount(), given.toString());
            assertEquals(spectra, c.validCount());
            for (int s = 0; s < spectra; s++) {
                for (int ch = 0; ch < channels; ch++) {
                    assertEquals(10 * s + ch, c.spectra().get(s, ch), 0f);
                }
            }
            assertEquals(0.7, c.bands().value(3), 1e-12);
        }
    }
}
