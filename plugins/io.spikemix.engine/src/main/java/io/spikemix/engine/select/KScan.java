package io.spikemix.engine.select;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;

/**
 * Fits every method of a {@link KScanOptions} at every K of its range and scores each fit (method.md §9).
 *
 * <p><b>What is reused and what is not.</b> The data are read, normalised and held once for the whole scan, and
 * every fit uses the same seed and schedule. Fits are <i>not</i> warm-started from the previous K: a start
 * inherited from K − 1 would make the K = 5 result depend on where the scan began, so it would no longer be the fit
 * {@code spikemix fit --k 5} gives, and a poor local optimum at one K would propagate to the next. Each K therefore
 * costs what a single fit at that K costs, plus one scoring pass (SMM: responsibilities for the entropy; k-means:
 * three passes for the silhouette; GMM: none, its fit keeps the training responsibilities).
 *
 * <p>Progress is split over (method, K) in proportion to each fit's estimated cost ({@link CostModel}); cancel is
 * honoured inside every fit and between fits. Results are bit-identical for any thread count, as the fitters' are.
 */
public final class KScan {

    private final KScanOptions options;

    public KScan(KScanOptions options) {
        this.options = options;
    }

    public KScanOptions options() {
        return options;
    }

    /**
     * What the scan will cost at most, per method, before it runs: the sum over K of each fit's time and iterations,
     * and the largest working memory of any single K (fits run one after the other), including the N·K
     * responsibilities the SMM's entropy needs.
     */
    public List<FitCost> cost(long n, int d) {
        List<FitCost> out = new ArrayList<>();
        for (ScanMethod m : options.methods()) {
            long iterations = 0;
            double seconds = 0;
            long bytes = 0;
            for (int k : options.range().values()) {
                FitCost c = costAt(m, n, d, k);
                iterations += c.iterations();
                seconds += c.seconds();
                long extra = m == ScanMethod.SMM ? 8L * n * k : 0;
                bytes = Math.max(bytes, c.bytes() + extra);
            }
            out.add(new FitCost(m.id() + " K " + options.range(), n, iterations, seconds, bytes));
        }
        return out;
    }

    private FitCost costAt(ScanMethod m, long n, int d, int k) {
        return switch (m) {
            case SMM -> CostModel.smm(n, d, k, options.smm().schedule(), options.smm().threads());
            case GMM -> CostModel.gmm(n, d, k, options.gmmAt(k), options.gmm().threads());
            case KMEANS -> CostModel.kmeans(n, d, k, options.kmeansAt(k), options.kmeans().threads());
        };
    }

    /**
     * Scans every method over the K range, in the order of {@link KScanOptions#methods()}.
     *
     * @throws IllegalArgumentException before any fit when the largest K exceeds the number of pixels, or from a
     *                                  fitter that cannot fit the data at some K (message names the method and K)
     * @throws CanceledException        when the monitor reports cancellation
     */
    public List<ScanResult> scan(SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        options.range().checkPixels(data.rows());
        int[] ks = options.range().values();
        List<ScanMethod> methods = options.methods();
        double[][] weight = new double[methods.size()][ks.length];
        double total = 0;
        for (int m = 0; m < methods.size(); m++) {
            for (int i = 0; i < ks.length; i++) {
                weight[m][i] = Math.max(1e-9, costAt(methods.get(m), data.rows(), data.cols(), ks[i]).seconds());
                total += weight[m][i];
            }
        }
        List<ScanResult> results = new ArrayList<>();
        double done = 0;
        for (int m = 0; m < methods.size(); m++) {
            ScanMethod method = methods.get(m);
            Row[] rows = new Row[ks.length];
            for (int i = 0; i < ks.length; i++) {
                monitor.checkCanceled();
                ProgressMonitor part = monitor.subRange(done / total, Math.min(1, (done + weight[m][i]) / total));
                int k = ks[i];
                part.setProgress(0, () -> method.label() + ", K = " + k);
                try {
                    rows[i] = fit(method, k, data, part);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(method.label() + " at K = " + k + ": " + e.getMessage(), e);
                }
                done += weight[m][i];
            }
            results.add(collect(method, data.rows(), ks, rows));
        }
        monitor.setProgress(1, "K scan done");
        return results;
    }

    /** One K's numbers. */
    private record Row(double logLikelihood, long parameters, double entropy, double inertia, double silhouette,
            int active, double seconds) {
    }

    private Row fit(ScanMethod method, int k, SpectralMatrix data, ProgressMonitor monitor) throws CanceledException {
        long start = System.nanoTime();
        int n = data.rows();
        int d = data.cols();
        switch (method) {
            case SMM: {
                SpikedMixtureModel model = new SpikedMixtureFitter(options.smmAt(k)).fit(data, monitor.subRange(0, 0.9));
                double[] resp = model.responsibilities(data, options.threads(), monitor.subRange(0.9, 1));
                return new Row(model.logLikelihood(), InformationCriteria.smmParameters(k, d),
                        InformationCriteria.classificationEntropy(resp, k), Double.NaN, Double.NaN,
                        model.activeSet().length, seconds(start));
            }
            case GMM: {
                GaussianMixtureModel model = new GaussianMixtureFitter(options.gmmAt(k)).fit(data, monitor);
                return new Row(model.logLikelihood(),
                        InformationCriteria.gmmParameters(k, d, options.gmm().zeroMean()),
                        InformationCriteria.classificationEntropy(model.responsibilities()), Double.NaN, Double.NaN, k,
                        seconds(start));
            }
            default: {
                KMeansModel model = new KMeansFitter(options.kmeansAt(k)).fit(data, monitor.subRange(0, 0.8));
                double silhouette = k < 2 ? Double.NaN
                        : Silhouette.squaredEuclidean(data, model.labels(), k, options.threads(), monitor.subRange(0.8, 1));
                return new Row(Double.NaN, 0, Double.NaN, model.inertia(), silhouette, k, seconds(start));
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }

    private static ScanResult collect(ScanMethod method, long n, int[] ks, Row[] rows) {
        int len = ks.length;
        double[] ll = new double[len];
        long[] p = new long[len];
        double[] bic = new double[len];
        double[] icl = new double[len];
        double[] en = new double[len];
        double[] inertia = new double[len];
        double[] sil = new double[len];
        int[] active = new int[len];
        double[] sec = new double[len];
        for (int i = 0; i < len; i++) {
            Row r = rows[i];
            ll[i] = r.logLikelihood();
            p[i] = r.parameters();
            en[i] = r.entropy();
            bic[i] = method.hasLikelihood() ? InformationCriteria.bic(r.logLikelihood(), r.parameters(), n) : Double.NaN;
            icl[i] = method.hasLikelihood() ? InformationCriteria.icl(bic[i], r.entropy()) : Double.NaN;
            inertia[i] = r.inertia();
            sil[i] = r.silhouette();
            active[i] = r.active();
            sec[i] = r.seconds();
        }
        return new ScanResult(method, n, ks, ll, p, bic, icl, en, inertia, sil, active, sec);
    }
}
