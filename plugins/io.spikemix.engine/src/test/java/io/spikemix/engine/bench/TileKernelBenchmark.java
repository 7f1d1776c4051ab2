package io.spikemix.engine.bench;

import java.util.Locale;

import io.spikemix.engine.smm.TileKernelTimer;

/**
 * Rates of the SMM tile kernels ({@code PixelTile}: filling a 64-pixel tile, projections, weighted sums) in
 * multiply-adds per CPU-second of the calling thread, to check that HotSpot compiled them to SIMD code (a scalar
 * double multiply-add loop on this machine stays near 2 G/s). Not a unit test: run it through
 * {@code releng/bench/run.sh TileKernelBenchmark [--d D] [--k K] [--seconds S]}.
 */
public final class TileKernelBenchmark {

    private TileKernelBenchmark() {
    }

    public static void main(String[] args) {
        int d = 843;
        int k = 12;
        double seconds = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--d": d = Integer.parseInt(args[++i]); break;
                case "--k": k = Integer.parseInt(args[++i]); break;
                case "--seconds": seconds = Double.parseDouble(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double[] r = TileKernelTimer.rates(d, k, seconds);
        System.out.printf(Locale.ROOT, "TileKernelBenchmark d=%d K=%d: load %.2f G values/s, projections %.2f G madd/s, "
                + "weighted sums %.2f G madd/s (per thread CPU-second)%n", d, k, r[0], r[1], r[2]);
    }
}
