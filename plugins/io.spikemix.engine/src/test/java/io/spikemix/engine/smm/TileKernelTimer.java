package io.spikemix.engine.smm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Times the {@link PixelTile} kernels on one full tile of random data in the calling thread, for
 * {@code io.spikemix.engine.bench.TileKernelBenchmark} (the kernels are package-private). Not a test.
 */
public final class TileKernelTimer {

    private TileKernelTimer() {
    }

    /**
     * Runs each kernel for at least {@code seconds} of thread CPU time after a warm-up of the same length.
     *
     * @return G values loaded per CPU-second, G multiply-adds per CPU-second of {@link PixelTile#dots} and of
     *         {@link PixelTile#accumulate}
     */
    public static double[] rates(int d, int m, double seconds) {
        SplittableRandom rng = new SplittableRandom(1);
        SpectralMatrix data = SpectralMatrix.allocate(PixelTile.ROWS, d);
        for (int i = 0; i < PixelTile.ROWS; i++) {
            for (int j = 0; j < d; j++) {
                data.set(i, j, (float) rng.nextGaussian());
            }
        }
        double[][] v = new double[m][d];
        double[][] sums = new double[m][d];
        double[][] proj = new double[m][PixelTile.ROWS];
        double[] w = new double[PixelTile.ROWS * m];
        for (double[] row : v) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian();
        }
        PixelTile tile = new PixelTile(d);
        tile.load(data, 0, PixelTile.ROWS);
        double values = (double) PixelTile.ROWS * d;
        double[] out = new double[3];
        for (int round = 0; round < 2; round++) {
            out[0] = values / perCall(() -> tile.load(data, 0, PixelTile.ROWS), seconds) / 1e9;
            out[1] = values * m / perCall(() -> tile.dots(v, m, null, proj), seconds) / 1e9;
            out[2] = values * m / perCall(() -> tile.accumulate(w, m, sums), seconds) / 1e9;
        }
        return out;
    }

    /** Thread CPU seconds per call of {@code r}, over calls that take at least {@code seconds} in total. */
    private static double perCall(Runnable r, double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        long calls = 0;
        long elapsed;
        do {
            for (int i = 0; i < 100; i++) {
                r.run();
            }
            calls += 100;
            elapsed = mx.getCurrentThreadCpuTime() - t0;
        } while (elapsed < seconds * 1e9);
        return elapsed / 1e9 / calls;
    }
}
