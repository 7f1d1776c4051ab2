package io.spikemix.engine.smm;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;

/**
 * One validating pass over the data: ‖y_i‖² for every pixel (grouped in {@link EmWorkspace#BLOCK_ROWS}-pixel
 * blocks), ‖Y‖²_F, and the first non-finite value, reported by row and column.
 */
final class DataSummary {

    final double[][] rowSq;
    final double sumSq;

    private DataSummary(double[][] rowSq, double sumSq) {
        this.rowSq = rowSq;
        this.sumSq = sumSq;
    }

    /**
     * Scans {@code data}.
     *
     * @throws IllegalArgumentException naming the first (row, column) that holds NaN or ±Infinity
     */
    static DataSummary of(SpectralMatrix data, BlockExecutor executor) throws CanceledException {
        int n = data.rows();
        int d = data.cols();
        int blocks = (n + EmWorkspace.BLOCK_ROWS - 1) / EmWorkspace.BLOCK_ROWS;
        double[][] rowSq = new double[blocks][];
        long[] firstBad = new long[blocks];
        executor.forEach(blocks, b -> {
            int r0 = b * EmWorkspace.BLOCK_ROWS;
            int rows = Math.min(EmWorkspace.BLOCK_ROWS, n - r0);
            double[] sq = new double[rows];
            double[] y = new double[d];
            firstBad[b] = -1;
            for (int i = 0; i < rows; i++) {
                ComponentScorer.load(data.blockOf(r0 + i), data.offsetOf(r0 + i), y, d);
                double s = sumOfSquares(y, d);
                if (Double.isNaN(s) || Double.isInfinite(s)) {
                    for (int j = 0; j < d && firstBad[b] < 0; j++) {
                        if (!Double.isFinite(y[j])) {
                            firstBad[b] = (long) (r0 + i) * d + j;
                        }
                    }
                    if (firstBad[b] >= 0) {
                        break;
                    }
                }
                sq[i] = s;
            }
            rowSq[b] = sq;
        });
        for (int b = 0; b < blocks; b++) {
            if (firstBad[b] >= 0) {
                long row = firstBad[b] / d;
                long col = firstBad[b] % d;
                throw new IllegalArgumentException("The data must be finite, but row " + row + ", column " + col + " is "
                        + data.get((int) row, (int) col) + ".");
            }
        }
        double sum = 0;
        for (double[] sq : rowSq) {
            for (double s : sq) {
                sum += s;
            }
        }
        return new DataSummary(rowSq, sum);
    }

    /** ‖y‖² over the first d entries; the one definition used by the fit and by the model. */
    static double sumOfSquares(double[] y, int d) {
        return ComponentScorer.dot(y, y, d);
    }
}
