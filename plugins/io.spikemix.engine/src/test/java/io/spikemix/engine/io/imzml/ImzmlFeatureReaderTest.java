package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming feature extraction gives the bits of today's in-memory path (ImzmlReader, then ImsFeatureExtractor)
 * for continuous and processed files, plain and zlib, whatever the block size and thread count.
 */
class ImzmlFeatureReaderTest {

    private static final double[] PEAKS = {612.31, 640.05, 655.5, 701.2, 733.9};
    private static final int W = 9;
    private static final int H = 7;

    @TempDir
    Path dir;

    /** Valid pixels of a 9 × 7 image with a few holes. */
    private static int[] pixels() {
        List<Integer> p = new ArrayList<>();
        for (int i = 0; i < W * H; i++) {
            if (i % 11 != 5) {
                p.add(i);
            }
        }
        return p.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Gaussian peaks (σ = 0.05) whose heights vary per pixel, over noise, on 1,500 points from 600 m/z. */
    private static SpectralCube continuous(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int d = 1500;
        double[] mz = new double[d];
        for (int j = 0; j < d; j++) {
            mz[j] = 600 + 0.1 * j + 1e-6 * j * j;
        }
        int[] pixels = pixels();
        SpectralMatrix m = SpectralMatrix.allocate(pixels.length, d);
        for (int r = 0; r < pixels.length; r++) {
            double[] height = new double[PEAKS.length];
            for (int k = 0; k < PEAKS.length; k++) {
                height[k] = 100 * (k + 1) * rnd.nextDouble(0.2, 2);
            }
            for (int j = 0; j < d; j++) {
                double v = rnd.nextDouble(0, 3);
                for (int k = 0; k < PEAKS.length; k++) {
                    double z = (mz[j] - PEAKS[k]) / 0.05;
                    v += height[k] * Math.exp(-0.5 * z * z);
                }
                m.set(r, j, (float) v);
            }
        }
        return SpectralCube.masked(H, W, m, pixels, BandAxis.of(mz, "m/z"), Map.of());
    }

    /** Processed spectra: each pixel's own ascending m/z points around the peaks and in between. */
    private static double[][][] processed(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = pixels().length;
        double[][] mz = new double[n][];
        double[][] in = new double[n][];
        for (int s = 0; s < n; s++) {
            int len = 200 + rnd.nextInt(100);
            mz[s] = new double[len];
            in[s] = new double[len];
            double v = 600 + rnd.nextDouble();
            double step = 140.0 / len;
            for (int i = 0; i < len; i++) {
                v += step * rnd.nextDouble(0.5, 1.5);
                mz[s][i] = v;
                double y = rnd.nextDouble(0, 3);
                for (int k = 0; k < PEAKS.length; k++) {
                    double z = (v - PEAKS[k]) / 0.3;
                    y += 100 * (k + 1) * Math.exp(-0.5 * z * z);
                }
                in[s][i] = y;
            }
        }
        return new double[][][] {mz, in};
    }

    private List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>();
        SpectralCube cube = continuous(1);
        for (ImzmlWriter.Compression c : ImzmlWriter.Compression.values()) {
            Path f = dir.resolve("c" + c + ".imzML");
            ImzmlWriter.write(ImzmlWriter.spectraOf(cube), f, c == ImzmlWriter.Compression.NONE, c, new UUID(5, 6),
                    ProgressMonitor.NONE);
            files.add(f);
        }
        double[][][] d = processed(2);
        int[] pixels = pixels();
        int[] xs = new int[pixels.length];
        int[] ys = new int[pixels.length];
        for (int s = 0; s < pixels.length; s++) {
            // spectra stored in reverse pixel order: rows and file positions run opposite ways
            int p = pixels[pixels.length - 1 - s];
            xs[s] = p % W + 1;
            ys[s] = p / W + 1;
        }
        files.add(ImzmlFixtures.writeProcessed(dir, "p", xs, ys, d[0], d[1], "MS:1000523", W, H, false));
        files.add(ImzmlFixtures.writeProcessed(dir, "pz", xs, ys, d[0], d[1], "MS:1000521", W, H, true));
        return files;
    }

    private static List<PeakPickingOptions> pickings() {
        MzTolerance tol = MzTolerance.da(0.2);
        return List.of(PeakPickingOptions.builder().topN(3).tolerance(tol).build(),
                PeakPickingOptions.builder().minSnr(5).tolerance(tol).build(),
                PeakPickingOptions.builder().minSnr(5).ticNormalise(true).tolerance(MzTolerance.ppm(400)).build());
    }

    /** Today's path: the whole cube read into the heap, then ImsFeatureExtractor. */
    private static SpectralCube inMemory(Path file, ReadOptions options, PeakPickingOptions picking)
            throws Exception {
        SpectralCube cube = ImzmlReader.read(file, options.toBuilder().dropMaskedPixels(true).build(),
                ProgressMonitor.NONE);
        return ImsFeatureExtractor.extract(cube, picking, ProgressMonitor.NONE);
    }

    private static void assertSameFeatures(SpectralCube want, SpectralCube got, String what) {
        assertEquals(want.spectra(), got.spectra(), what + ": every feature bit for bit");
        assertArrayEquals(want.bands().values(), got.bands().values(), what);
        assertEquals(want.height(), got.height());
        assertEquals(want.width(), got.width());
        for (int r = 0; r < want.validCount(); r++) {
            assertEquals(want.pixelIndex(r), got.pixelIndex(r), what);
        }
    }

    @Test
    void streamingGivesTheBitsOfTheInMemoryPathForEveryKindOfFile() throws Exception {
        ReadOptions options = ReadOptions.builder().mzTolerance(MzTolerance.da(0.2)).build();
        for (Path file : files()) {
            for (PeakPickingOptions picking : pickings()) {
                SpectralCube want = inMemory(file, options, picking);
                assertTrue(want.bandCount() >= 3, file + " " + picking);
                int d = ImzmlReader.read(file, options, ProgressMonitor.NONE).bandCount();
                // one row per block, 5 rows per block (runs end inside blocks), and everything in one block
                for (long buffer : new long[] {1, 5L * 4 * d, 1L << 30}) {
                    for (int threads : new int[] {1, 3}) {
                        SpectralCube got = ImzmlFeatureReader.read(file, options, picking,
                                ImzmlFeatureReader.Strategy.STREAMING, buffer, threads, ProgressMonitor.NONE);
                        String what = file.getFileName() + " " + picking + " buffer " + buffer + " threads "
                                + threads;
                        assertSameFeatures(want, got, what);
                        assertTrue(got.metadata().get(ImzmlFeatureReader.STRATEGY_KEY).startsWith("streamed"));
                    }
                }
            }
        }
    }

    @Test
    void theFeaturesAreThePeakSumsOfTheKnownSpectra() throws Exception {
        // the generated truth: the 3 highest peaks are the last three, each pixel's value its sum within 0.2 Da
        SpectralCube cube = continuous(1);
        PeakPickingOptions top3 = pickings().get(0);
        SpectralCube f = ImzmlFeatureReader.read(files().get(0), ReadOptions.defaults(), top3,
                ImzmlFeatureReader.Strategy.STREAMING, 1 << 16, 2, ProgressMonitor.NONE);
        assertEquals(3, f.bandCount());
        for (int k = 0; k < 3; k++) {
            assertEquals(PEAKS[2 + k], f.bands().value(k), 0.1);
        }
        for (int r = 0; r < cube.validCount(); r += 7) {
            for (int k = 0; k < 3; k++) {
                double c = f.bands().value(k);
                double want = 0;
                for (int j = 0; j < cube.bandCount(); j++) {
                    if (Math.abs(cube.bands().value(j) - c) <= 0.2) {
                        want += cube.spectra().get(r, j);
                    }
                }
                assertEquals(want, f.spectra().get(r, k), 1e-4 * want);
            }
        }
    }

    @Test
    void autoReadsInMemoryWhenTheCubeFitsAndSaysHowItRead() throws Exception {
        Path file = files().get(1);
        PeakPickingOptions picking = pickings().get(1);
        SpectralCube auto = ImzmlFeatureReader.read(file, ReadOptions.defaults(), picking, ProgressMonitor.NONE);
        assertEquals("in memory", auto.metadata().get(ImzmlFeatureReader.STRATEGY_KEY));
        assertSameFeatures(inMemory(file, ReadOptions.defaults(), picking), auto, "auto");
        List<String> messages = new ArrayList<>();
        ProgressMonitor listening = ImzmlFixtures.recording(messages);
        ImzmlFeatureReader.read(file, ReadOptions.defaults(), picking, ImzmlFeatureReader.Strategy.STREAMING, 4096, 2,
                listening);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Streaming the .ibd file in two passes")), messages
                .toString());
    }

    @Test
    void cancelStopsBothPasses() throws Exception {
        Path file = files().get(2);
        for (int checks : new int[] {0, 40}) {
            assertThrows(CanceledException.class, () -> ImzmlFeatureReader.read(file, ReadOptions.defaults(),
                    pickings().get(0), ImzmlFeatureReader.Strategy.STREAMING, 1, 2,
                    CancellingMonitor.afterChecks(checks)));
        }
    }

    @Test
    void noPeakIsTheSameMessageAsInMemory() throws Exception {
        Path file = files().get(0);
        PeakPickingOptions none = PeakPickingOptions.builder().minIntensity(1e9).tolerance(MzTolerance.da(0.2))
                .build();
        IllegalArgumentException want = assertThrows(IllegalArgumentException.class,
                () -> inMemory(file, ReadOptions.defaults(), none));
        IllegalArgumentException got = assertThrows(IllegalArgumentException.class,
                () -> ImzmlFeatureReader.read(file, ReadOptions.defaults(), none,
                        ImzmlFeatureReader.Strategy.STREAMING, 4096, 2, ProgressMonitor.NONE));
        assertEquals(want.getMessage(), got.getMessage());
    }
}
