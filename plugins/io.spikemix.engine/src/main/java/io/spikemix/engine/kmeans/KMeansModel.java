package io.spikemix.engine.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ejml.data.DMatrixRMaj;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.model.FittedModel;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * A fitted k-means clustering: centroids, the training labels and inertia, and how the run went.
 *
 * <p>Immutable; accessors return copies. {@link #labels()} equals {@code predict(trainingData)} because the fitter
 * ends with an assignment step under the final centroids.
 */
public final class KMeansModel implements FittedModel {

    private final double[][] centroids;
    private final int[] labels;
    private final double inertia;
    private final int iterations;
    private final boolean converged;
    private final double[] inertiaTrace;
    private final int relocatedClusters;
    private final double[] weights;

    public KMeansModel(double[][] centroids, int[] labels, double inertia, int iterations, boolean converged,
            double[] inertiaTrace, int relocatedClusters) {
        this.centroids = centroids;
        this.labels = labels;
        this.inertia = inertia;
        this.iterations = iterations;
        this.converged = converged;
        this.inertiaTrace = inertiaTrace;
        this.relocatedClusters = relocatedClusters;
        this.weights = new double[centroids.length];
        for (int l : labels) {
            weights[l] += 1.0 / labels.length;
        }
    }

    private KMeansModel(double[][] centroids, double[] weights) {
        this.centroids = centroids;
        this.weights = weights;
        this.labels = new int[0];
        this.inertia = Double.NaN;
        this.iterations = 0;
        this.converged = false;
        this.inertiaTrace = new double[0];
        this.relocatedClusters = 0;
    }

    /**
     * A model from stored centroids (a saved result applied to new data): it assigns pixels exactly as the fitted
     * model did and has no fit history (no labels, NaN inertia, 0 iterations).
     *
     * @param centroids K rows of d finite values
     * @param weights   K cluster fractions of the fitted pixels, each in [0, 1]
     */
    public static KMeansModel of(double[][] centroids, double[] weights) {
        if (centroids.length < 1) {
            throw new IllegalArgumentException("The 'centroids' parameter must have at least one row. Got 0 instead.");
        }
        if (weights.length != centroids.length) {
            throw new IllegalArgumentException("The 'weights' parameter must have " + centroids.length
                    + " entries, one per centroid. Got " + weights.length + " instead.");
        }
        int d = centroids[0].length;
        double[][] c = new double[centroids.length][];
        for (int i = 0; i < c.length; i++) {
            if (centroids[i].length != d) {
                throw new IllegalArgumentException("Centroid " + i + " has " + centroids[i].length + " values, expected "
                        + d + " like centroid 0.");
            }
            for (double v : centroids[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Centroid " + i + " must be finite. Got " + v + ".");
                }
            }
            if (!(weights[i] >= 0 && weights[i] <= 1)) {
                throw new IllegalArgumentException("The weight of cluster " + i + " must lie in [0, 1]. Got "
                        + weights[i] + " instead.");
            }
            c[i] = centroids[i].clone();
        }
        return new KMeansModel(c, weights.clone());
    }

    @Override
    public int k() {
        return centroids.length;
    }

    /** Centroids, K × d (a copy). */
    public double[][] centroids() {
        double[][] c = new double[centroids.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = centroids[i].clone();
        }
        return c;
    }

    /** Number of features d. */
    @Override
    public int dimension() {
        return centroids[0].length;
    }

    /** Fraction of the fitted pixels in each cluster. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The centroids: k-means' representative spectra. */
    @Override
    public double[][] spikes() {
        return centroids();
    }

    /** Empty: k-means has no noise model. */
    @Override
    public OptionalDouble noiseVariance() {
        return OptionalDouble.empty();
    }

    /** The nearest centroid of every row: {@link #predict(SpectralMatrix, int, ProgressMonitor)}. */
    @Override
    public int[] labels(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        return predict(data, threads, monitor);
    }

    /** Hard assignments as responsibilities: 1 for the nearest centroid, 0 elsewhere. */
    @Override
    public double[] responsibilities(SpectralMatrix data, int threads, ProgressMonitor monitor)
            throws CanceledException {
        int[] l = predict(data, threads, monitor);
        int k = k();
        if ((long) l.length * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The responsibilities of " + l.length + " rows and " + k
                    + " clusters do not fit in one array; score the rows in parts.");
        }
        double[] out = new double[l.length * k];
        for (int i = 0; i < l.length; i++) {
            out[i * k + l[i]] = 1;
        }
        return out;
    }

    /** Empty: k-means has no likelihood. */
    @Override
    public OptionalDouble logLikelihood(SpectralMatrix data, int threads, ProgressMonitor monitor) {
        return OptionalDouble.empty();
    }

    /** Cluster of every training pixel, in 0..K−1 (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** Sum over training pixels of the squared distance to their centroid. */
    public double inertia() {
        return inertia;
    }

    /** Lloyd iterations run by the winning start. */
    public int iterations() {
        return iterations;
    }

    /** Whether the winning start stopped on the tolerance or on unchanged labels rather than on maxIter. */
    public boolean converged() {
        return converged;
    }

    /**
     * Inertia after each assignment step of the winning start (the assignment of iteration t against the centroids
     * of iteration t − 1; the last entry is the final assignment). Never increases.
     */
    public double[] inertiaTrace() {
        return inertiaTrace.clone();
    }

    /** How often the winning start re-seeded an empty cluster with the pixel farthest from its centroid. */
    public int relocatedClusters() {
        return relocatedClusters;
    }

    /** Nearest centroid of every row of {@code data} (same number of columns as the training data). */
    public int[] predict(SpectralMatrix data, int threads, ProgressMonitor monitor) throws CanceledException {
        checkColumns(data);
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            return NearestCentroid.assign(data, centroids, tasks, monitor);
        }
    }

    /** {@link #predict(SpectralMatrix, int, ProgressMonitor)} on one thread without progress. */
    public int[] predict(SpectralMatrix data) {
        try {
            return predict(data, 1, ProgressMonitor.NONE);
        } catch (CanceledException e) {
            throw new IllegalStateException("ProgressMonitor.NONE is never cancelled", e);
        }
    }

    /**
     * Estimated heap for {@link #clusterSecondMoments} and the spectral-gap spikes computed from them: K·d² doubles of
     * sums, the K returned d × d matrices, and about three d × d work matrices of the eigendecomposition.
     */
    public static long secondMomentBytes(int d, int k) {
        double dd = (double) d * d;
        return (long) Math.min(Long.MAX_VALUE, 8 * (2.0 * k * dd + 3 * dd));
    }

    /**
     * Each cluster's uncentred second moment (1/n_k) Σ_{i in k} y_i y_iᵀ (d × d) over the training pixels
     * {@code data}, labelled by {@link #labels()}: the covariance a zero-mean component would have, and the input
     * the spectral-gap formula ({@code io.spikemix.engine.gmm.SpectralGapSpikes}) needs to turn k-means clusters
     * into spikes. An empty cluster gets the zero matrix. Complexity O(N·d²).
     *
     * @throws IllegalArgumentException when {@link #secondMomentBytes} exceeds the free heap (checked first)
     */
    public List<DMatrixRMaj> clusterSecondMoments(SpectralMatrix data) {
        checkColumns(data);
        if (data.rows() != labels.length) {
            throw new IllegalArgumentException("data have " + data.rows() + " rows but the model was fitted on "
                    + labels.length);
        }
        int d = data.cols();
        int k = centroids.length;
        HeapCheck.require("The k-means spikes (one d x d second-moment matrix per cluster)", secondMomentBytes(d, k),
                data.rows(), d, k);
        double[][] sums = new double[k][d * d];
        long[] counts = new long[k];
        double[] y = new double[d];
        for (int i = 0; i < labels.length; i++) {
            data.getRow(i, y);
            double[] s = sums[labels[i]];
            counts[labels[i]]++;
            for (int a = 0; a < d; a++) {
                double ya = y[a];
                int o = a * d;
                for (int b = a; b < d; b++) {
                    s[o + b] += ya * y[b];
                }
            }
        }
        List<DMatrixRMaj> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            DMatrixRMaj m = new DMatrixRMaj(d, d);
            double scale = counts[c] == 0 ? 0 : 1.0 / counts[c];
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    double v = sums[c][a * d + b] * scale;
                    m.unsafe_set(a, b, v);
                    m.unsafe_set(b, a, v);
                }
            }
            out.add(m);
        }
        return out;
    }

    private void checkColumns(SpectralMatrix data) {
        if (data.cols() != centroids[0].length) {
            throw new IllegalArgumentException("data have " + data.cols() + " features but the model was fitted on "
                    + centroids[0].length);
        }
    }
}
