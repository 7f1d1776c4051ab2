package io.spikemix.engine.kmeans;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * k-means clustering by Lloyd's algorithm from greedy k-means++ starts ({@link KMeansPlusPlus}), the best of
 * {@code nInit} starts by inertia.
 *
 * <p>Each iteration assigns every pixel to its nearest centroid ({@link NearestCentroid}) and moves each centroid to
 * the mean of its pixels. A cluster left empty is re-seeded with the pixel farthest from its current centroid
 * (scikit-learn's rule; ties go to the lowest row, several empty clusters take the farthest pixels in cluster
 * order), which lowers the inertia and keeps all K clusters. A run stops when no label changes, when the summed
 * squared centroid shift is at most {@code tol} times the mean per-feature variance, or after {@code maxIter}
 * iterations; a final assignment step makes the labels consistent with the returned centroids.
 *
 * <p>Inertia: the returned {@link KMeansModel#inertia()} and the last entry of the trace are the exact Σ ‖y − c‖²
 * of the final assignment. The trace entries before the last (and the inertia shown in the progress) are computed
 * from the cluster sums by the expansion Σ‖y‖² − 2 cᵀS + n‖c‖² ({@link #expandedInertia}), which spares the
 * iterations the exact distance of every row; on data far from the origin relative to its spread they lose
 * digits to cancellation.
 *
 * <p>The assignment step is plain Lloyd ({@link NearestCentroid}) or, by default, Hamerly's bounded variant
 * ({@link HamerlyAssignment}, {@link KMeansOptions.Algorithm}); both give bit-identical results, Hamerly's with one
 * more double per pixel. Figures against scikit-learn are in releng/bench/BASELINES.md.
 *
 * <p>Assumptions: finite data with at least K distinct pixels ({@link FitInput}); features are not scaled here.
 * Determinism: per-chunk partial sums ({@link NearestCentroid#CHUNK_ROWS} rows) are reduced in chunk order, and all
 * randomness comes from one {@link SplittableRandom} seeded with {@code seed}, so results are bit-identical for any
 * thread count. Complexity O(nInit · iterations · N · K · d) time (Hamerly: mostly O(N·d) per iteration once the
 * clusters settle), O(N + K·d·chunks) memory.
 */
public final class KMeansFitter {

    private final KMeansOptions options;

    public KMeansFitter(KMeansOptions options) {
        this.options = options;
    }

    /**
     * Clusters the rows of {@code data}.
     *
     * @param data    pixels, N × d, not modified
     * @param monitor progress over all starts; cancel is honoured every chunk of pixels
     * @throws IllegalArgumentException for input {@link FitInput} rejects
     */
    public KMeansModel fit(SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        int k = options.k();
        FitInput.check(data, k);
        double tolAbs = options.tol() * meanFeatureVariance(data);
        double[] rowNorms = rowNorms(data);
        SplittableRandom rng = new SplittableRandom(options.seed());
        KMeansModel best = null;
        try (ParallelTasks tasks = new ParallelTasks(options.threads())) {
            for (int run = 0; run < options.nInit(); run++) {
                int r = run;
                ProgressMonitor sub = monitor.subRange((double) run / options.nInit(),
                        (double) (run + 1) / options.nInit());
                double[][] init = KMeansPlusPlus.centers(data, k, rng.split(), tasks, sub.subRange(0, 0.1));
                KMeansModel model = lloyd(data, rowNorms, init, tolAbs, tasks, sub.subRange(0.1, 1), r);
                // strictly lower, so that an equal result from a later start does not replace the first
                if (best == null || model.inertia() < best.inertia()) {
                    best = model;
                }
            }
        }
        monitor.setProgress(1, "k-means done");
        return best;
    }

    /**
     * Lloyd iterations from given centroids (a warm start; also lets tests place centroids deliberately).
     *
     * @param initialCentroids K × d, not modified
     */
    public KMeansModel fitFrom(SpectralMatrix data, double[][] initialCentroids, ProgressMonitor monitor)
            throws CanceledException {
        FitInput.check(data, initialCentroids.length);
        try (ParallelTasks tasks = new ParallelTasks(options.threads())) {
            return lloyd(data, rowNorms(data), initialCentroids, options.tol() * meanFeatureVariance(data), tasks,
                    monitor, 0);
        }
    }

    /** @param rowNorms ‖y_i‖² of every row ({@link #rowNorms}), computed once for all starts */
    private KMeansModel lloyd(SpectralMatrix data, double[] rowNorms, double[][] initialCentroids, double tolAbs,
            ParallelTasks tasks, ProgressMonitor monitor, int run) throws CanceledException {
        int n = data.rows();
        int d = data.cols();
        int k = initialCentroids.length;
        int chunks = NearestCentroid.chunkCount(n);
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = initialCentroids[c].clone();
        }
        int[] labels = new int[n];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        double[] dist = new double[n];
        double[][] chunkSums = new double[chunks][k * d];
        long[][] chunkCounts = new long[chunks][k];
        double[] chunkInertia = new double[chunks];
        double[][] chunkNormSums = new double[chunks][k];
        double[] trace = new double[options.maxIter() + 1];
        HamerlyAssignment bounds = options.algorithm() == KMeansOptions.Algorithm.HAMERLY
                ? new HamerlyAssignment(data.rows(), d, rowNorms)
                : null;
        IntConsumer resetBounds = bounds == null ? row -> { } : bounds::reset;
        double[][] before = new double[k][d];
        boolean moved = false;
        int relocated = 0;
        int iter = 0;
        boolean converged = false;
        while (iter < options.maxIter()) {
            iter++;
            assignAndSum(data, centroids, moved ? before : null, bounds, false, labels, dist, rowNorms, chunkSums,
                    chunkCounts, chunkNormSums, chunkInertia, tasks, monitor);
            double[] sums = new double[k * d];
            long[] counts = new long[k];
            double[] normSums = new double[k];
            reduce(chunkSums, chunkCounts, chunkNormSums, sums, counts, normSums);
            double inertia = expandedInertia(centroids, sums, counts, normSums);
            trace[iter - 1] = inertia;
            if (hasEmptyCluster(counts)) {
                // the re-seeding rule needs every pixel's exact distance, which the pass above skipped
                exactDistances(data, centroids, labels, dist, tasks, monitor);
                relocated += relocateEmptyClusters(data, labels, dist, sums, counts, resetBounds);
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                System.arraycopy(centroids[c], 0, before[c], 0, d);
                if (counts[c] == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double v = sums[c * d + j] / counts[c];
                    double diff = v - centroids[c][j];
                    shift += diff * diff;
                    centroids[c][j] = v;
                }
            }
            moved = true;
            boolean sameLabels = Arrays.equals(labels, previous);
            System.arraycopy(labels, 0, previous, 0, n);
            int it = iter;
            double in = inertia;
            monitor.setProgress((double) iter / options.maxIter(),
                    () -> "Start " + (run + 1) + "/" + options.nInit() + " · iteration " + it + "/" + options.maxIter()
                            + " · inertia " + in);
            if (sameLabels || shift <= tolAbs) {
                converged = true;
                break;
            }
        }
        // final assignment so that labels and inertia belong to the returned centroids
        double inertia = assignAndSum(data, centroids, before, bounds, true, labels, dist, rowNorms, chunkSums,
                chunkCounts, chunkNormSums, chunkInertia, tasks, monitor);
        trace[iter] = inertia;
        return new KMeansModel(centroids, labels, inertia, iter, converged, Arrays.copyOf(trace, iter + 1), relocated);
    }

    /**
     * One assignment step with cluster sums per chunk; returns the inertia Σ dist, which is exact when
     * {@code exact} is set (with plain Lloyd, dist is always exact).
     *
     * @param previous the centroids of the previous step (null on the first), for Hamerly's bounds
     * @param bounds   Hamerly's bounds, or null for plain Lloyd
     * @param exact    whether Hamerly's pass must write every row's exact squared distance to {@code dist}
     * @param rowNorms ‖y_i‖² of every row; their sums per label and chunk go to {@code chunkNormSums}, in the
     *                 chunk's task (in row order, so the result does not depend on the thread count)
     */
    private static double assignAndSum(SpectralMatrix data, double[][] centroids, double[][] previous,
            HamerlyAssignment bounds, boolean exact, int[] labels, double[] dist, double[] rowNorms,
            double[][] chunkSums, long[][] chunkCounts, double[][] chunkNormSums, double[] chunkInertia,
            ParallelTasks tasks, ProgressMonitor monitor) throws CanceledException {
        int n = data.rows();
        NearestCentroid nc = bounds == null ? new NearestCentroid(centroids) : null;
        if (bounds != null) {
            bounds.startPass(centroids, previous);
        }
        tasks.run(chunkSums.length, (c, cancel) -> {
            int r0 = c * NearestCentroid.CHUNK_ROWS;
            int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
            double[] s = chunkSums[c];
            long[] cnt = chunkCounts[c];
            Arrays.fill(s, 0);
            Arrays.fill(cnt, 0);
            if (bounds == null) {
                nc.assignRows(data, r0, r1, labels, dist, s, cnt);
            } else {
                bounds.assignRows(data, r0, r1, labels, dist, s, cnt, exact);
            }
            double in = 0;
            for (int i = r0; i < r1; i++) {
                in += dist[i];
            }
            chunkInertia[c] = in;
            sumNorms(rowNorms, labels, r0, r1, chunkNormSums[c]);
        }, monitor);
        double total = 0;
        for (double v : chunkInertia) {
            total += v;
        }
        return total;
    }

    private static void reduce(double[][] chunkSums, long[][] chunkCounts, double[][] chunkNormSums, double[] sums,
            long[] counts, double[] normSums) {
        for (int c = 0; c < chunkSums.length; c++) {
            double[] s = chunkSums[c];
            for (int j = 0; j < s.length; j++) {
                sums[j] += s[j];
            }
            for (int l = 0; l < counts.length; l++) {
                counts[l] += chunkCounts[c][l];
                normSums[l] += chunkNormSums[c][l];
            }
        }
    }

    /** ‖y_i‖² of every row, in double, for {@link #expandedInertia} and the bounds' largest row norm. */
    public static double[] rowNorms(SpectralMatrix data) {
        int d = data.cols();
        double[] norms = new double[data.rows()];
        for (int i = 0; i < norms.length; i++) {
            float[] b = data.blockOf(i);
            int o = data.offsetOf(i);
            double s = 0;
            for (int j = 0; j < d; j++) {
                double v = b[o + j];
                s += v * v;
            }
            norms[i] = s;
        }
        return norms;
    }

    /** The sum of ‖y_i‖² per label over rows {@code [r0, r1)} (one chunk), in row order, into {@code s}. */
    public static void sumNorms(double[] rowNorms, int[] labels, int r0, int r1, double[] s) {
        Arrays.fill(s, 0);
        for (int i = r0; i < r1; i++) {
            s[labels[i]] += rowNorms[i];
        }
    }

    /**
     * The inertia of an assignment to {@code centroids} from its cluster sums, by the expansion
     * Σ_{i∈k} ‖y_i − c_k‖² = Σ_{i∈k} ‖y_i‖² − 2 c_kᵀS_k + n_k ‖c_k‖² (S_k the sum of the cluster's rows). O(K·d)
     * instead of a pass over the N·d data; it loses digits to cancellation when the rows lie far from the origin
     * relative to their spread (relative error about 2⁻⁵³ · Σ‖y‖² / inertia).
     */
    public static double expandedInertia(double[][] centroids, double[] sums, long[] counts, double[] normSums) {
        int d = sums.length / counts.length;
        double total = 0;
        for (int c = 0; c < counts.length; c++) {
            double dot = 0;
            double cc = 0;
            for (int j = 0; j < d; j++) {
                double v = centroids[c][j];
                dot += v * sums[c * d + j];
                cc += v * v;
            }
            total += normSums[c] - 2 * dot + counts[c] * cc;
        }
        return Math.max(total, 0);
    }

    private static boolean hasEmptyCluster(long[] counts) {
        for (long n : counts) {
            if (n == 0) {
                return true;
            }
        }
        return false;
    }

    /** Writes every row's exact squared distance to its labelled centroid (as the assignment passes compute it). */
    private static void exactDistances(SpectralMatrix data, double[][] centroids, int[] labels, double[] dist,
            ParallelTasks tasks, ProgressMonitor monitor) throws CanceledException {
        int n = data.rows();
        tasks.run(NearestCentroid.chunkCount(n), (c, cancel) -> {
            int r1 = Math.min(n, (c + 1) * NearestCentroid.CHUNK_ROWS);
            for (int i = c * NearestCentroid.CHUNK_ROWS; i < r1; i++) {
                dist[i] = NearestCentroid.exactSquaredDistance(data, i, centroids[labels[i]]);
            }
        }, monitor);
    }

    /**
     * Gives each empty cluster the pixel farthest from its centroid (lowest row on ties), moving that pixel's
     * contribution out of its old cluster. Returns the number of clusters re-seeded.
     *
     * @param moved told every row whose label changes here (its assignment bounds are stale)
     */
    public static int relocateEmptyClusters(SpectralMatrix data, int[] labels, double[] dist, double[] sums, long[] counts,
            IntConsumer moved) {
        return relocateEmptyClusters(data.cols(), row -> {
            float[] r = new float[data.cols()];
            data.getRow(row, r);
            return r;
        }, labels, dist, sums, counts, moved);
    }

    /**
     * As {@link #relocateEmptyClusters(SpectralMatrix, int[], double[], double[], long[], IntConsumer)} with the
     * pixels reached through {@code pixel} (only the re-seeding pixels are asked for), so that a caller holding the
     * labels and distances but not the data (the Spark driver) applies the same rule.
     *
     * @param pixel the float32 values of a row, d of them
     */
    public static int relocateEmptyClusters(int d, IntFunction<float[]> pixel, int[] labels, double[] dist,
            double[] sums, long[] counts, IntConsumer moved) {
        int k = counts.length;
        int relocated = 0;
        for (int e = 0; e < k; e++) {
            if (counts[e] != 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < labels.length; i++) {
                if (counts[labels[i]] > 1 && (far < 0 || dist[i] > dist[far])) {
                    far = i;
                }
            }
            if (far < 0 || dist[far] <= 0) {
                continue;
            }
            int old = labels[far];
            float[] b = pixel.apply(far);
            for (int j = 0; j < d; j++) {
                sums[old * d + j] -= b[j];
                sums[e * d + j] = b[j];
            }
            counts[old]--;
            counts[e] = 1;
            labels[far] = e;
            dist[far] = 0;
            moved.accept(far);
            relocated++;
        }
        return relocated;
    }

    /**
     * Mean over features of the per-feature variance, the scale of scikit-learn's k-means tolerance and of the
     * Gaussian mixture's covariance regularisation.
     */
    public static double meanFeatureVariance(SpectralMatrix data) {
        int n = data.rows();
        int d = data.cols();
        double[] mean = new double[d];
        double[] m2 = new double[d];
        double[] y = new double[d];
        for (int i = 0; i < n; i++) {
            data.getRow(i, y);
            for (int j = 0; j < d; j++) {
                // Welford's update: stable for data far from the origin
                double delta = y[j] - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (y[j] - mean[j]);
            }
        }
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += m2[j] / n;
        }
        return s / d;
    }
}
