package io.spikemix.engine.smm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Starting parameters of one EM run (see {@link SpikedMixtureOptions} for why): K random observations as spikes,
 * no two of them parallel (equal up to scale or sign) and none zero, π uniform, σ² = ‖Y‖²_F/(dN).
 *
 * <p>Draws uniformly with rejection; when duplicates or zero pixels make rejection slow (more than 64·K + 64
 * rejections) it falls back to a scan from a random row. Fails only when the data have fewer than K pairwise
 * non-parallel non-zero pixels, which makes K spikes unidentifiable from the start.
 */
final class ObservationInitializer {

    private ObservationInitializer() {
    }

    static SmmParameters draw(SpectralMatrix data, double sumSq, int k, SplittableRandom rng) {
        int n = data.rows();
        int d = data.cols();
        List<double[]> chosen = new ArrayList<>();
        int rejects = 0;
        while (chosen.size() < k && rejects < 64 * k + 64) {
            if (!offer(data, rng.nextInt(n), chosen)) {
                rejects++;
            }
        }
        if (chosen.size() < k) {
            int startRow = rng.nextInt(n);
            for (int i = 0; i < n && chosen.size() < k; i++) {
                offer(data, (startRow + i) % n, chosen);
            }
        }
        if (chosen.size() < k) {
            throw new IllegalArgumentException("The 'k' parameter must be <= the number of distinct non-zero pixels "
                    + "(pixels that are not multiples of one another), which is " + chosen.size() + " here. Got " + k
                    + " instead.");
        }
        double[][] directions = new double[k][];
        double[] lengths = new double[k];
        double[] pi = new double[k];
        boolean[] active = new boolean[k];
        for (int c = 0; c < k; c++) {
            double[] y = chosen.get(c);
            double len = Math.sqrt(Lanczos.dot(y, y));
            directions[c] = new double[d];
            for (int j = 0; j < d; j++) {
                directions[c][j] = y[j] / len;
            }
            lengths[c] = len;
            pi[c] = 1.0 / k;
            active[c] = true;
        }
        return new SmmParameters(directions, lengths, pi, sumSq / ((double) d * n), active);
    }

    private static boolean offer(SpectralMatrix data, int row, List<double[]> chosen) {
        double[] y = new double[data.cols()];
        data.getRow(row, y);
        double yy = Lanczos.dot(y, y);
        if (yy == 0) {
            return false;
        }
        for (double[] x : chosen) {
            double xy = Lanczos.dot(x, y);
            if (xy * xy >= (1 - 1e-12) * yy * Lanczos.dot(x, x)) {
                return false;
            }
        }
        chosen.add(y);
        return true;
    }
}
