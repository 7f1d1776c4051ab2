package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zlib-compressed imzML (MS:1000574): the same values as the uncompressed twin, and corrupt streams refused. */
class ZlibImzmlTest {

    private static final String[] INTENSITY_TYPES = {"MS:1000521", "MS:1000523", "MS:1000519", "MS:1000522"};
    private static final int[] XS = {2, 1, 3, 2, 1};
    private static final int[] YS = {1, 1, 2, 2, 3};

    @TempDir
    Path dir;

    /** A 3 × 4 continuous cube with 3 masked pixels; intensities sparse (zeros compress) and random. */
    private static SpectralCube continuous(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int nb = 200;
        double[] mz = new double[nb];
        for (int j = 0; j < nb; j++) {
            mz[j] = 300 + j * 0.0137 + j * j * 1e-5;
        }
        int[] pixels = {0, 1, 2, 4, 6, 7, 8, 10, 11};
        SpectralMatrix m = SpectralMatrix.allocate(pixels.length, nb);
        for (int r = 0; r < pixels.length; r++) {
            for (int j = 0; j < nb; j++) {
                m.set(r, j, rnd.nextInt(4) == 0 ? (float) rnd.nextDouble(0, 1e5) : 0f);
            }
        }
        return SpectralCube.masked(3, 4, m, pixels, BandAxis.of(mz, "m/z"), Map.of());
    }

    private Path writeContinuous(String base, SpectralCube cube, boolean mz64, ImzmlWriter.Compression c)
            throws Exception {
        Path file = dir.resolve(base + ".imzML");
        ImzmlWriter.write(ImzmlWriter.spectraOf(cube), file, mz64, c, new UUID(3, 4), ProgressMonitor.NONE);
        return file;
    }

    private static double[][][] processed(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] mz = new double[XS.length][];
        double[][] in = new double[XS.length][];
        for (int s = 0; s < XS.length; s++) {
            int len = 3 + rnd.nextInt(40);
            mz[s] = new double[len];
            in[s] = new double[len];
            double v = 500 + rnd.nextDouble();
            for (int i = 0; i < len; i++) {
                v += 0.001 + rnd.nextDouble() * 0.5;
                mz[s][i] = v;
                in[s][i] = rnd.nextInt(5000);
            }
        }
        return new double[][][] {mz, in};
    }

    private static SpectralCube read(Path file, ReadOptions options) throws Exception {
        return ImzmlReader.read(file, options, ProgressMonitor.NONE);
    }

    private static void assertSameCube(SpectralCube want, SpectralCube got) {
        assertEquals(want.spectra(), got.spectra(), "every value bit for bit");
        assertArrayEquals(want.bands().values(), got.bands().values());
        assertEquals(want.validCount(), got.validCount());
        for (int r = 0; r < want.validCount(); r++) {
            assertEquals(want.pixelIndex(r), got.pixelIndex(r));
        }
    }

    @Test
    void continuousZlibTwinsReadToTheValuesOfThePlainFile() throws Exception {
        SpectralCube cube = continuous(1);
        for (boolean mz64 : new boolean[] {true, false}) {
            Path plain = writeContinuous("plain" + mz64, cube, mz64, ImzmlWriter.Compression.NONE);
            Path zlib = writeContinuous("zlib" + mz64, cube, mz64, ImzmlWriter.Compression.ZLIB);
            assertTrue(Files.readString(zlib).contains("MS:1000574"));
            assertTrue(Files.size(dir.resolve("zlib" + mz64 + ".ibd")) < Files.size(dir.resolve("plain" + mz64
                    + ".ibd")) / 2, "three quarters of the values are zero: the streams are really compressed");
            ReadOptions verify = ReadOptions.builder().verifyChecksum(true).build();
            SpectralCube a = read(plain, verify);
            SpectralCube b = read(zlib, verify);
            assertSameCube(a, b);
            assertEquals(cube.spectra(), b.spectra());
            ReadOptions range = ReadOptions.builder().bandRange(301, 302).build();
            assertSameCube(read(plain, range), read(zlib, range));
        }
    }

    @Test
    void continuousZlibDecodesTheSameOnOneAndSeveralThreads() throws Exception {
        SpectralCube cube = continuous(2);
        Path plain = writeContinuous("p", cube, true, ImzmlWriter.Compression.NONE);
        Path zlib = writeContinuous("z", cube, true, ImzmlWriter.Compression.ZLIB);
        ImzmlIndex pi = ImzmlParser.parse(plain, ProgressMonitor.NONE);
        ImzmlIndex zi = ImzmlParser.parse(zlib, ProgressMonitor.NONE);
        int n = pi.spectrumCount();
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = n - 1 - r;
        }
        int[] bands = {0, 5, 199};
        SpectralMatrix want = ParallelRowDecoder.decode(pi, dir.resolve("p.ibd"), order, bands, 2, 1,
                ProgressMonitor.NONE);
        for (int threads : new int[] {1, 3}) {
            assertEquals(want, ParallelRowDecoder.decode(zi, dir.resolve("z.ibd"), order, bands, 2, threads,
                    ProgressMonitor.NONE));
        }
    }

    @Test
    void processedZlibTwinsReadToTheValuesOfThePlainFileForEveryIntensityType() throws Exception {
        double[][][] d = processed(3);
        for (String type : INTENSITY_TYPES) {
            String t = type.substring(3);
            Path plain = ImzmlFixtures.writeProcessed(dir, "p" + t, XS, YS, d[0], d[1], type, 3, 3, false);
            Path zlib = ImzmlFixtures.writeProcessed(dir, "z" + t, XS, YS, d[0], d[1], type, 3, 3, true);
            for (ReadOptions o : new ReadOptions[] {ReadOptions.builder().mzTolerance(MzTolerance.da(0.2)).build(),
                ReadOptions.builder().mzTolerance(MzTolerance.ppm(300)).verifyChecksum(true).build()}) {
                SpectralCube a = read(plain, o);
                assertSameCube(a, read(zlib, o));
                assertTrue(a.bandCount() > 10);
            }
        }
    }

    private static void assertOneLineNaming(SpectralFileException e, Path file, String field, String problem) {
        String msg = e.getMessage();
        assertFalse(msg.contains("\n") || msg.contains("\r"), msg);
        assertTrue(msg.startsWith(file.toString()), msg);
        assertTrue(e.field().startsWith(field), e.field() + " / " + msg);
        assertTrue(msg.contains(problem), msg);
    }

    private SpectralFileException refusal(Path file) {
        return assertThrows(SpectralFileException.class, () -> read(file, ReadOptions.defaults()));
    }

    @Test
    void aCorruptZlibStreamIsRefusedNamingTheSpectrumAndArray() throws Exception {
        SpectralCube cube = continuous(4);
        Path zlib = writeContinuous("corrupt", cube, true, ImzmlWriter.Compression.ZLIB);
        Path ibd = dir.resolve("corrupt.ibd");
        ImzmlIndex index = ImzmlParser.parse(zlib, ProgressMonitor.NONE);
        try (RandomAccessFile f = new RandomAccessFile(ibd.toFile(), "rw")) {
            // spectrum 3's zlib header: CMF 0x78 becomes an unknown method
            f.seek(index.intensityOffset(3));
            f.write(0x7F);
        }
        assertOneLineNaming(refusal(zlib), ibd, "spectrum 3 intensity array", "corrupt zlib stream");
    }

    @Test
    void aClaimedLengthOtherThanTheDecodedOneIsRefused() throws Exception {
        double[][][] d = processed(5);
        for (int delta : new int[] {-1, 1}) {
            Path zlib = ImzmlFixtures.writeProcessed(dir, "len" + delta, XS, YS, d[0], d[1], "MS:1000521", 3, 3,
                    true);
            String len = "name=\"external array length\" value=\"" + d[0][0].length + "\"";
            String other = "name=\"external array length\" value=\"" + (d[0][0].length + delta) + "\"";
            ImzmlFixtures.replaceInFile(zlib, len, other); // the m/z array of spectrum 0
            ImzmlFixtures.replaceInFile(zlib, len, other); // and its intensity array
            SpectralFileException e = refusal(zlib);
            assertOneLineNaming(e, dir.resolve("len" + delta + ".ibd"), "spectrum 0 m/z array", "the zlib stream");
            // one value too few claimed: the stream holds more; one too many: the complete stream is 8 bytes short
            assertTrue(e.getMessage().contains(delta < 0 ? "decodes to more than" : "decodes to "
                    + 8 * d[0][0].length + " bytes"), e.getMessage());
        }
    }

    @Test
    void aTruncatedIbdAndAnOffsetBeyondTheEndAreRefused() throws Exception {
        SpectralCube cube = continuous(6);
        Path zlib = writeContinuous("trunc", cube, false, ImzmlWriter.Compression.ZLIB);
        Path ibd = dir.resolve("trunc.ibd");
        ImzmlIndex index = ImzmlParser.parse(zlib, ProgressMonitor.NONE);
        int last = index.spectrumCount() - 1;
        try (RandomAccessFile f = new RandomAccessFile(ibd.toFile(), "rw")) {
            f.setLength(f.length() - 3);
        }
        assertOneLineNaming(refusal(zlib), ibd, "spectrum " + last + " intensity array", "inside the .ibd file");

        Path far = writeContinuous("far", cube, false, ImzmlWriter.Compression.ZLIB);
        long offset = ImzmlParser.parse(far, ProgressMonitor.NONE).intensityOffset(0);
        ImzmlFixtures.replaceInFile(far, "value=\"" + offset + "\"", "value=\"" + (offset + 1_000_000) + "\"");
        assertOneLineNaming(refusal(far), dir.resolve("far.ibd"), "spectrum 0 intensity array",
                "inside the .ibd file");
    }

    @Test
    void aClaimNoZlibStreamCouldHoldIsRefusedBeforeAnythingIsAllocated() throws Exception {
        double[][][] d = processed(7);
        Path zlib = ImzmlFixtures.writeProcessed(dir, "bomb", XS, YS, d[0], d[1], "MS:1000523", 3, 3, true);
        String len = "name=\"external array length\" value=\"" + d[0][0].length + "\"";
        String huge = "name=\"external array length\" value=\"2000000000\"";
        ImzmlFixtures.replaceInFile(zlib, len, huge);
        ImzmlFixtures.replaceInFile(zlib, len, huge);
        assertOneLineNaming(refusal(zlib), dir.resolve("bomb.ibd"), "spectrum 0 m/z array", "cannot hold");
    }

    @Test
    void otherCompressionsAndAMissingEncodedLengthAreRefusedByName() throws Exception {
        SpectralCube cube = continuous(8);
        Path numpress = writeContinuous("numpress", cube, true, ImzmlWriter.Compression.ZLIB);
        ImzmlFixtures.replaceInFile(numpress, "accession=\"MS:1000574\" name=\"zlib compression\"",
                "accession=\"MS:1002312\" name=\"MS-Numpress linear prediction compression\"");
        SpectralFileException e = refusal(numpress);
        assertOneLineNaming(e, numpress, "spectrum 0 binaryDataArray", "'MS-Numpress linear prediction compression' "
                + "(MS:1002312) is not supported");

        Path unknown = writeContinuous("unknown", cube, true, ImzmlWriter.Compression.NONE);
        ImzmlFixtures.replaceInFile(unknown, "accession=\"MS:1000576\" name=\"no compression\"",
                "accession=\"MS:9999999\" name=\"future compression\"");
        assertOneLineNaming(refusal(unknown), unknown, "spectrum 0 binaryDataArray", "'future compression'");

        Path noLength = writeContinuous("nolength", cube, true, ImzmlWriter.Compression.ZLIB);
        ImzmlFixtures.replaceInFile(noLength, "accession=\"IMS:1000104\"", "accession=\"IMS:9999999\"");
        assertOneLineNaming(refusal(noLength), noLength, "spectrum 0 binaryDataArray", "external encoded length");
    }
}
