package io.spikemix.engine.select;

import java.util.Arrays;

/**
 * One method's K scan: per K (ascending) the fit's criteria, and the K the scan recommends (method.md §9).
 *
 * <p>Mixture models (SMM, GMM) carry the log-likelihood L, the free-parameter count p, BIC and ICL (lower is
 * better) and the classification entropy; their {@link #recommendedK()} is the K of the smallest BIC, and
 * {@link #kneeK()} the knee of L against K. k-means carries the inertia and the squared-distance silhouette
 * (higher is better); its {@link #recommendedK()} is the K of the largest silhouette and {@link #kneeK()} the
 * knee of the inertia. Values a method does not have are NaN. Immutable; accessors return copies.
 *
 * @param method        the method scanned
 * @param pixels        N, the number of pixels every K was fitted on
 * @param k             the K values, ascending
 * @param logLikelihood L per K (NaN for k-means)
 * @param parameters    free parameters p per K (eqs. 40–41; 0 for k-means)
 * @param bic           BIC per K (eq. 42; NaN for k-means)
 * @param icl           ICL per K (eq. 43; NaN for k-means)
 * @param entropy       classification entropy EN per K (NaN for k-means)
 * @param inertia       within-cluster sum of squares per K (NaN for the mixtures)
 * @param silhouette    squared-distance silhouette per K (eq. 46; NaN for the mixtures and for K = 1)
 * @param activeSpikes  non-zero spikes per K (SMM: |S|; the others: K)
 * @param seconds       wall-clock seconds of each K's fit and scoring (left out of {@code equals}: timings vary)
 */
public record ScanResult(ScanMethod method, long pixels, int[] k, double[] logLikelihood, long[] parameters,
        double[] bic, double[] icl, double[] entropy, double[] inertia, double[] silhouette, int[] activeSpikes,
        double[] seconds) {

    public ScanResult {
        int n = k.length;
        if (n == 0 || logLikelihood.length != n || parameters.length != n || bic.length != n || icl.length != n
                || entropy.length != n || inertia.length != n || silhouette.length != n || activeSpikes.length != n
                || seconds.length != n) {
            throw new IllegalArgumentException("every per-K array must have one entry per K (" + n + ")");
        }
        k = k.clone();
        logLikelihood = logLikelihood.clone();
        parameters = parameters.clone();
        bic = bic.clone();
        icl = icl.clone();
        entropy = entropy.clone();
        inertia = inertia.clone();
        silhouette = silhouette.clone();
        activeSpikes = activeSpikes.clone();
        seconds = seconds.clone();
    }

    /** The K this method's criterion picks: smallest BIC (SMM, GMM) or largest silhouette (k-means); −1 if none. */
    public int recommendedK() {
        return method.hasLikelihood() ? bicK() : silhouetteK();
    }

    /** The criterion behind {@link #recommendedK()}: {@code bic} or {@code silhouette}. */
    public String criterion() {
        return method.hasLikelihood() ? "bic" : "silhouette";
    }

    /** K of the smallest BIC (lowest K on ties), −1 for k-means. */
    public int bicK() {
        return kAt(argBest(bic, false));
    }

    /** K of the smallest ICL (lowest K on ties), −1 for k-means. */
    public int iclK() {
        return kAt(argBest(icl, false));
    }

    /** K of the largest silhouette (lowest K on ties), −1 for the mixtures or when every K has none. */
    public int silhouetteK() {
        return kAt(argBest(silhouette, true));
    }

    /** K at the knee (eq. 44) of the log-likelihood (mixtures) or the inertia (k-means); −1 when there is none. */
    public int kneeK() {
        double[] x = Arrays.stream(k).asDoubleStream().toArray();
        return kAt(method.hasLikelihood() ? Knee.ofRising(x, logLikelihood) : Knee.ofFalling(x, inertia));
    }

    private int kAt(int index) {
        return index < 0 ? -1 : k[index];
    }

    private static int argBest(double[] v, boolean largest) {
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i]) && (best < 0 || (largest ? v[i] > v[best] : v[i] < v[best]))) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public int[] k() {
        return k.clone();
    }

    @Override
    public double[] logLikelihood() {
        return logLikelihood.clone();
    }

    @Override
    public long[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] bic() {
        return bic.clone();
    }

    @Override
    public double[] icl() {
        return icl.clone();
    }

    @Override
    public double[] entropy() {
        return entropy.clone();
    }

    @Override
    public double[] inertia() {
        return inertia.clone();
    }

    @Override
    public double[] silhouette() {
        return silhouette.clone();
    }

    @Override
    public int[] activeSpikes() {
        return activeSpikes.clone();
    }

    @Override
    public double[] seconds() {
        return seconds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanResult r && method == r.method && pixels == r.pixels && Arrays.equals(k, r.k)
                && Arrays.equals(logLikelihood, r.logLikelihood) && Arrays.equals(parameters, r.parameters)
                && Arrays.equals(bic, r.bic) && Arrays.equals(icl, r.icl) && Arrays.equals(entropy, r.entropy)
                && Arrays.equals(inertia, r.inertia) && Arrays.equals(silhouette, r.silhouette)
                && Arrays.equals(activeSpikes, r.activeSpikes);
    }

    @Override
    public int hashCode() {
        return 31 * method.hashCode() + Arrays.hashCode(bic) + Arrays.hashCode(silhouette);
    }

    @Override
    public String toString() {
        return "ScanResult[" + method.id() + ", K " + k[0] + ":" + k[k.length - 1] + ", recommended " + recommendedK()
                + " by " + criterion() + "]";
    }
}
