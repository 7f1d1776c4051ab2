package io.spikemix.engine.smm;

/** Brute-force spike-set distances of method.md §5, written independently of the engine for tests. */
final class SpikeDistance {

    private SpikeDistance() {
    }

    /** Sign-invariant squared error min(‖x − y‖², ‖x + y‖²). */
    static double sqe(double[] x, double[] y) {
        double minus = 0;
        double plus = 0;
        for (int j = 0; j < x.length; j++) {
            minus += (x[j] - y[j]) * (x[j] - y[j]);
            plus += (x[j] + y[j]) * (x[j] + y[j]);
        }
        return Math.min(minus, plus);
    }

    /** Hausdorff distance between two spike sets under {@link #sqe}. */
    static double hausdorffSqe(double[][] a, double[][] b) {
        return Math.max(directed(a, b), directed(b, a));
    }

    private static double directed(double[][] from, double[][] to) {
        double worst = 0;
        for (double[] x : from) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] y : to) {
                best = Math.min(best, sqe(x, y));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
