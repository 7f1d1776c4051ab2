package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Every fixture is built byte by byte in the test: header text, padding and data are laid out here from the NumPy
 * format description, independently of {@link NpyWriter}.
 */
class NpyReaderTest {

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (String type : new String[] { "f4", "f8", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8" }) {
            for (char order : new char[] { '<', '>' }) {
                for (boolean fortran : new boolean[] { false, true }) {
                    b.add(Arguments.of(type, order, fortran));
                }
            }
        }
        return b.build();
    }

    /** A value per element [y, x, b] that every dtype represents exactly (negative ones only for signed types). */
    private static double value(String type, int y, int x, int b) {
        double v = y * 50 + x * 10 + b;
        if (type.charAt(0) != 'u') {
            v -= 40;
        }
        if (type.charAt(0) == 'f') {
            v += 0.25;
        }
        return v;
    }

    @ParameterizedTest(name = "{1}{0} fortran={2}")
    @MethodSource("layouts")
    void readsThreeDimensionalCubesOfEveryDtypeOrderAndEndianness(String type, char order, boolean fortran) throws Exception {
        int h = 2;
        int w = 3;
        int bands = 4;
        double[] flat = new double[h * w * bands];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < bands; b++) {
                    int index = fortran ? y + h * x + h * w * b : (y * w + x) * bands + b;
                    flat[index] = value(type, y, x, b);
                }
            }
        }
        String descr = (type.endsWith("1") && order == '<' ? '|' : order) + type;
        Path file = write("cube.npy", 1, header(descr, fortran, "(2, 3, 4)"), data(type, order, flat));

        SpectralCube cube = NpyReader.read(file);

        assertTrue(cube.hasImageShape());
        assertEquals(h, cube.height());
        assertEquals(w, cube.width());
        assertEquals(BandAxis.indices(bands), cube.bands());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < bands; b++) {
                    assertEquals((float) value(type, y, x, b), cube.spectra().get(y * w + x, b), "[" + y + "," + x + "," + b + "]");
                }
            }
        }
    }

    @ParameterizedTest(name = "{1}{0} fortran={2}")
    @MethodSource("layouts")
    void readsTwoDimensionalTablesOfEveryDtypeOrderAndEndianness(String type, char order, boolean fortran) throws Exception {
        int n = 5;
        int d = 3;
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                flat[fortran ? i + n * f : i * d + f] = value(type, 0, i, f);
            }
        }
        Path file = write("table.npy", 1, header(order + type, fortran, "(5, 3)"), data(type, order, flat));

        SpectralCube cube = NpyReader.read(file);

        assertFalse(cube.hasImageShape());
        assertEquals(n, cube.validCount());
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                assertEquals((float) value(type, 0, i, f), cube.spectra().get(i, f));
            }
        }
    }

    @Test
    void unsignedValuesAboveTheSignedRangeKeepTheirMagnitude() throws Exception {
        double[] u1 = { 200, 255 };
        double[] u2 = { 40000, 65535 };
        double[] u4 = { 3_000_000_000d, 4_294_967_040d };
        double[] u8 = { 0x1p63 + 0x1p40, 0x1p64 - 0x1p40 };
        assertTableValues(write("u1.npy", 1, header("|u1", false, "(1, 2)"), data("u1", '<', u1)), u1);
        assertTableValues(write("u2.npy", 1, header(">u2", false, "(1, 2)"), data("u2", '>', u2)), u2);
        assertTableValues(write("u4.npy", 1, header("<u4", false, "(1, 2)"), data("u4", '<', u4)), u4);
        assertTableValues(write("u8.npy", 1, header("<u8", false, "(1, 2)"), data("u8", '<', u8)), u8);
    }

    @Test
    void readsVersionTwoAndThreeHeaders() throws Exception {
        double[] v = { 1.5, -2, 3, 4 };
        assertTableValues(write("v2.npy", 2, header("<f8", false, "(2, 2)"), data("f8", '<', v)), v);
        assertTableValues(write("v3.npy", 3, header("<f8", false, "(2, 2)"), data("f8", '<', v)), v);
    }

    @Test
    void toleratesDoubleQuotesTrailingCommaAndPythonTwoLongs() throws Exception {
        double[] v = { 1, 2, 3, 4, 5, 6 };
        Path file = write("py2.npy", 1, "{\"descr\": \"<i4\", \"fortran_order\": False, \"shape\": (3L, 2L)}",
                data("i4", '<', v));
        assertTableValues(file, v);
    }

    @Test
    void nonFiniteValuesAreReadAsTheyAre() throws Exception {
        double[] v = { Double.NaN, Double.POSITIVE_INFINITY, -1, Double.NEGATIVE_INFINITY };
        SpectralCube cube = NpyReader.read(write("nan.npy", 1, header("<f4", false, "(2, 2)"), data("f4", '<', v)));
        assertTrue(Float.isNaN(cube.spectra().get(0, 0)));
        assertEquals(Float.POSITIVE_INFINITY, cube.spectra().get(0, 1));
        assertEquals(Float.NEGATIVE_INFINITY, cube.spectra().get(1, 1));
    }

    @Test
    void readsAcrossStorageBlocksAndReadChunksInBothOrders() throws Exception {
        int h = 7;
        int w = 5;
        int bands = 3;
        for (boolean fortran : new boolean[] { false, true }) {
            double[] flat = new double[h * w * bands];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int b = 0; b < bands; b++) {
                        flat[fortran ? y + h * x + h * w * b : (y * w + x) * bands + b] = y * 1000 + x * 10 + b + 0.5;
                    }
                }
            }
            Path file = write("blocks" + fortran + ".npy", 1, header(">f8", fortran, "(7, 5, 3)"), data("f8", '>', flat));
            // blocks of 2 rows (6 values); reads of 5 and 12 elements (C order: rows straddle chunk boundaries) or
            // tiles of 1 and 4 pixels (Fortran order: the last tile is partial)
            for (int chunkBytes : new int[] { 40, 100 }) {
                SpectralCube cube = NpyReader.read(file, ProgressMonitor.NONE, 6, chunkBytes);
                assertTrue(cube.spectra().blockCount() > 10);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        for (int b = 0; b < bands; b++) {
                            assertEquals(y * 1000 + x * 10 + b + 0.5f, cube.spectra().get(y * w + x, b));
                        }
                    }
                }
            }
        }
    }

    @Test
    void readHeaderReportsDtypeOrderShapeAndDataOffset() throws Exception {
        Path file = write("h.npy", 1, header(">i2", true, "(4, 5, 6)"), new byte[4 * 5 * 6 * 2]);
        NpyHeader h = NpyReader.readHeader(file);
        assertEquals(NpyDtype.parse(">i2"), h.dtype());
        assertTrue(h.fortranOrder());
        assertArrayEquals(new long[] { 4, 5, 6 }, h.shape());
        assertEquals(Files.size(file) - 240, h.dataOffset());
        assertEquals(0, h.dataOffset() % 64);
    }

    // ---- bad input ----

    @Test
    void aHeaderClaimingATrillionValuesIsRejectedWithByteCountsBeforeAllocating() throws Exception {
        Path file = write("huge.npy", 1, header("<f4", false, "(1000000, 1000000)"), new byte[1024]);
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file));
        assertMessage(e, file, "data", "4,000,000,000,000 bytes", "1,024");
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aTruncatedFileNamesExpectedAndActualByteCounts() throws Exception {
        Path file = write("short.npy", 1, header("<f4", false, "(10, 3)"), new byte[100]);
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file));
        assertMessage(e, file, "data", "needs 120 bytes", "has 100");
    }

    @Test
    void extraBytesAfterTheDataAreAMismatch() throws Exception {
        Path file = write("long.npy", 1, header("<f4", false, "(2, 2)"), new byte[20]);
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file));
        assertMessage(e, file, "data", "needs 16 bytes", "4 extra");
    }

    @Test
    void badMagicAndEmptyFilesAreNotNpy() throws Exception {
        Path text = dir.resolve("text.npy");
        Files.writeString(text, "x,y,a\n1,2,3\n");
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(text)), text, "magic", "\\x93NUMPY");
        Path empty = Files.createFile(dir.resolve("empty.npy"));
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(empty)), empty, "magic", "empty");
        Path stub = dir.resolve("stub.npy");
        Files.write(stub, new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1 });
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(stub)), stub, "header length", "truncated");
    }

    @Test
    void unknownVersionsAndHeadersBeyondTheFileAreRejected() throws Exception {
        Path v4 = write("v4.npy", 1, header("<f4", false, "(1, 1)"), new byte[4]);
        byte[] bytes = Files.readAllBytes(v4);
        bytes[6] = 4;
        Files.write(v4, bytes);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(v4)), v4, "version", "4.0", "1.0, 2.0 or 3.0");

        Path cut = dir.resolve("cut.npy");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(write("ok.npy", 1, header("<f4", false, "(1, 1)"),
                new byte[4])), 40));
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(cut)), cut, "header length", "only 40 bytes");
    }

    @Test
    void malformedHeaderDictionariesAreRejected() throws Exception {
        Path file = write("bad.npy", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2}", new byte[16]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(file)), file, "header", "malformed");

        Path notDict = write("list.npy", 1, "['descr', '<f4']", new byte[16]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(notDict)), notDict, "header", "expected '{'");
    }

    @Test
    void missingAndUnexpectedKeysAreNamed() throws Exception {
        Path missing = write("missing.npy", 1, "{'descr': '<f4', 'shape': (2, 2), }", new byte[16]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(missing)), missing,
                "header 'fortran_order'", "missing");
        Path extra = write("extra.npy", 1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), 'x': 1, }", new byte[16]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(extra)), extra, "header 'x'", "unexpected key");
    }

    @Test
    void unsupportedDtypesAreNamedWithTheSupportedList() throws Exception {
        for (String descr : new String[] { "<c8", "<f2", "|b1", "<U10", "|f4", "=f4" }) {
            Path file = write("dtype.npy", 1, header(descr, false, "(2, 2)"), new byte[64]);
            SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file), descr);
            assertMessage(e, file, "header 'descr'", descr);
        }
        Path structured = write("struct.npy", 1, "{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (2,), }",
                new byte[16]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(structured)), structured,
                "header 'descr'", "structured");
    }

    @Test
    void wrongRankAndEmptyDimensionsAreRejected() throws Exception {
        Path one = write("one.npy", 1, header("<f4", false, "(6,)"), new byte[24]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(one)), one, "header 'shape'",
                "expected 2 dimensions", "found 1: (6,)");
        Path four = write("four.npy", 1, header("<f4", false, "(1, 1, 1, 1)"), new byte[4]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(four)), four, "header 'shape'", "found 4");
        Path zero = write("zero.npy", 1, header("<f4", false, "(0, 3)"), new byte[0]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(zero)), zero, "header 'shape'", "is 0");
        Path fortranFlag = write("flag.npy", 1, "{'descr': '<f4', 'fortran_order': 0, 'shape': (1, 1), }", new byte[4]);
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(fortranFlag)), fortranFlag,
                "header 'fortran_order'", "True or False");
    }

    @Test
    void aMissingFileIsASpectralFileException() {
        Path file = dir.resolve("nope.npy");
        assertMessage(assertThrows(SpectralFileException.class, () -> NpyReader.read(file)), file, null, "not found");
    }

    @Test
    void readingHonoursCancellation() throws Exception {
        Path file = write("c.npy", 1, header("<f4", false, "(100, 2)"), new byte[800]);
        ProgressMonitor cancelled = CancellingMonitor.immediately();
        assertThrows(CanceledException.class, () -> NpyReader.read(file, cancelled));
    }

    @Test
    void deeplyNestedShapeBracketsAreRefusedNotAStackOverflow() throws Exception {
        Path file = write("deep.npy", 2, header("<f4", false, "(".repeat(20_000) + ")".repeat(20_000)), new byte[0]);
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file));
        assertMessage(e, file, "header", "at most " + NpyHeaderParser.MAX_DEPTH + " nested brackets");
    }

    @Test
    void aMalformedHeaderIsEchoedOnOnePrintableLine() throws Exception {
        Path file = write("ctl.npy", 1, "{'descr': '<f4',\n 'fortran_order': False, \u0007'shape': (2,), }", new byte[8]);
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NpyReader.read(file));
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
        assertTrue(e.getMessage().contains("\\x07"), e.getMessage());
    }

    // ---- fixture construction, independent of the production code ----

    /** The header dict NumPy writes. */
    static String header(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape + ", }";
    }

    /** Magic, version, header length and header padded with spaces and a newline to a multiple of 64 bytes. */
    Path write(String name, int major, String dict, byte[] data) throws IOException {
        int lengthField = major == 1 ? 2 : 4;
        int unpadded = 6 + 2 + lengthField + dict.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        String text = dict + " ".repeat(total - unpadded) + "\n";
        ByteBuffer b = ByteBuffer.allocate(total + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0 });
        if (major == 1) {
            b.putShort((short) text.length());
        } else {
            b.putInt(text.length());
        }
        b.put(text.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        b.put(data);
        Path file = dir.resolve(name);
        Files.write(file, b.array());
        return file;
    }

    /** The values encoded as the given NumPy kind/size in the given byte order. */
    static byte[] data(String type, char order, double[] values) {
        int size = Integer.parseInt(type.substring(1));
        ByteBuffer b = ByteBuffer.allocate(values.length * size).order(order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (type) {
                case "f4" -> b.putFloat((float) v);
                case "f8" -> b.putDouble(v);
                case "i1", "u1" -> b.put((byte) (long) v);
                case "i2", "u2" -> b.putShort((short) (long) v);
                case "i4", "u4" -> b.putInt((int) (long) v);
                case "i8" -> b.putLong((long) v);
                case "u8" -> b.putLong(new java.math.BigDecimal(v).toBigInteger().longValue());
                default -> throw new IllegalArgumentException(type);
            }
        }
        return b.array();
    }

    private static void assertTableValues(Path file, double[] expected) throws SpectralFileException {
        SpectralCube cube = NpyReader.read(file);
        int d = cube.bandCount();
        for (int i = 0; i < expected.length; i++) {
            assertEquals((float) expected[i], cube.spectra().get(i / d, i % d), file.getFileName() + " value " + i);
        }
    }

    static void assertMessage(SpectralFileException e, Path file, String field, String... parts) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), m);
        assertEquals(field, e.field(), m);
        for (String p : parts) {
            assertTrue(m.contains(p), "expected '" + p + "' in: " + m);
        }
    }
}
