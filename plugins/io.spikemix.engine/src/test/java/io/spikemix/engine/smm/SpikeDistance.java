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

    /** Absolute-cosine distance 1 − |xᵀy| / (‖x‖‖y‖); 1 (the largest) when either vector is zero. */
    static double absCos(double[] x, double[] y) {
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int j = 0; j < x.length; j++) {
            xy += x[j] * y[j];
            xx += x[j] * x[j];
            yy += y[j] * y[j];
        }
        return xx == 0 || yy == 0 ? 1 : 1 - Math.abs(xy) / Math.sqrt(xx * yy);
    }

    /** Hausdorff distance between two spike sets under {@link #sqe}. */
    static double hausdorffSqe(double[][] a, double[][] b) {
        return Math.max(directed(a, b, SpikeDistance::sqe), directed(b, a, SpikeDistance::sqe));
    }

    /** Hausdorff distance between two spike sets under {@link #absCos}. */
    static double hausdorffAbsCos(double[][] a, double[][] b) {
        return Math.max(directed(a, b, SpikeDistance::absCos), directed(b, a, SpikeDistance::absCos));
    }

    private static double directed(double[][] from, double[][] to, java.util.function.ToDoubleBiFunction<double[], double[]> metric) {
        double worst = 0;
        for (double[] x : from) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] y : to) {
                best = Math.min(best, metric.applyAsDouble(x, y));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
