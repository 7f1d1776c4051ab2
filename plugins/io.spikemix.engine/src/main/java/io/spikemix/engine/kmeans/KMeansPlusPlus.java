package io.spikemix.engine.kmeans;

import java.util.SplittableRandom;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the greedy local trials of scikit-learn's
 * {@code _kmeans_plusplus}): the first centre is a uniformly random pixel; each further centre is the best of
 * {@code 2 + ⌊ln k⌋} candidates drawn with probability proportional to the squared distance to the nearest centre
 * chosen so far, "best" meaning the lowest resulting potential Σ_i min_c ‖y_i − c‖².
 *
 * <p>Centres are always pixels with a positive distance to the centres already chosen, so they are distinct as long
 * as the data have at least k distinct pixels (checked by {@link FitInput}). Deterministic for a given random
 * generator state, whatever the thread count: per-chunk partial potentials are summed in chunk order.
 * Complexity O(N·d·k·(2 + ln k)).
 */
public final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /**
     * Chooses {@code k} initial centres.
     *
     * @param data pixels, N × d, at least k distinct rows
     * @param rng  consumed: {@code 1 + (k − 1)(2 + ⌊ln k⌋)} draws
     * @return k × d centres (copies of pixels)
     */
    public static double[][] centers(SpectralMatrix data, int k, SplittableRandom rng, ParallelTasks tasks,
            ProgressMonitor monitor) throws CanceledException {
        int n = data.rows();
        int chunks = NearestCentroid.chunkCount(n);
        int trials = 2 + (int) Math.log(k);
        double[][] centers = new double[k][];
        centers[0] = row(data, rng.nextInt(n));
        double[] closest = new double[n];
        double[] chunkSums = new double[chunks];
        double[] first = centers[0];
        tasks.run(chunks, (c, cancel) -> {
            int r0 = c * NearestCentroid.CHUNK_ROWS;
            int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
            double s = 0;
            for (int i = r0; i < r1; i++) {
                closest[i] = NearestCentroid.exactSquaredDistance(data, i, first);
                s += closest[i];
            }
            chunkSums[c] = s;
        }, monitor);
        double[] candidatePotential = new double[trials];
        double[] trialChunkSums = new double[chunks];
        for (int m = 1; m < k; m++) {
            monitor.checkCanceled();
            double potential = sum(chunkSums);
            int[] candidates = new int[trials];
            for (int t = 0; t < trials; t++) {
                candidates[t] = sample(closest, chunkSums, potential * rng.nextDouble());
            }
            for (int t = 0; t < trials; t++) {
                double[] cand = row(data, candidates[t]);
                tasks.run(chunks, (c, cancel) -> {
                    int r0 = c * NearestCentroid.CHUNK_ROWS;
                    int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
                    double s = 0;
                    for (int i = r0; i < r1; i++) {
                        s += Math.min(closest[i], NearestCentroid.exactSquaredDistance(data, i, cand));
                    }
                    trialChunkSums[c] = s;
                }, monitor);
                candidatePotential[t] = sum(trialChunkSums);
            }
            int bestTrial = 0;
            for (int t = 1; t < trials; t++) {
                if (candidatePotential[t] < candidatePotential[bestTrial]) {
                    bestTrial = t;
                }
            }
            double[] chosen = row(data, candidates[bestTrial]);
            centers[m] = chosen;
            tasks.run(chunks, (c, cancel) -> {
                int r0 = c * NearestCentroid.CHUNK_ROWS;
                int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
                double s = 0;
                for (int i = r0; i < r1; i++) {
                    closest[i] = Math.min(closest[i], NearestCentroid.exactSquaredDistance(data, i, chosen));
                    s += closest[i];
                }
                chunkSums[c] = s;
            }, monitor);
            monitor.setProgress((double) (m + 1) / k, () -> "k-means++ centre " + centers.length + "/" + k);
        }
        return centers;
    }

    /**
     * The first row whose cumulative weight exceeds {@code target}; rows of weight 0 are never returned. Falls back
     * to the last row of positive weight when rounding puts {@code target} past the total.
     */
    private static int sample(double[] weights, double[] chunkSums, double target) {
        double cum = 0;
        int lastPositive = -1;
        for (int c = 0; c < chunkSums.length; c++) {
            int r0 = c * NearestCentroid.CHUNK_ROWS;
            int r1 = Math.min(weights.length, r0 + NearestCentroid.CHUNK_ROWS);
            if (cum + chunkSums[c] <= target) {
                cum += chunkSums[c];
                for (int i = r1 - 1; i >= r0 && chunkSums[c] > 0; i--) {
                    if (weights[i] > 0) {
                        lastPositive = i;
                        break;
                    }
                }
                continue;
            }
            for (int i = r0; i < r1; i++) {
                if (weights[i] > 0) {
                    lastPositive = i;
                    cum += weights[i];
                    if (cum > target) {
                        return i;
                    }
                }
            }
        }
        if (lastPositive < 0) {
            throw new IllegalStateException("all pixels coincide with the chosen centres");
        }
        return lastPositive;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double[] row(SpectralMatrix data, int i) {
        double[] r = new double[data.cols()];
        data.getRow(i, r);
        return r;
    }
}
