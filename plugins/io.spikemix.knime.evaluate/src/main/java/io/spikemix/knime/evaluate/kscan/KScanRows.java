package io.spikemix.knime.evaluate.kscan;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.select.ScanResult;

/**
 * The rows of the K Scan node's criteria table: one per method and K, in scan order. Pure Java, so the table's
 * content is tested without KNIME; values a method does not have are NaN (written as missing cells).
 */
public final class KScanRows {

    /** Column names, in table order. */
    public static final List<String> COLUMNS = List.of("method", "K", "log-likelihood", "free parameters", "BIC",
            "ICL", "classification entropy", "inertia", "silhouette", "non-zero spikes", "seconds", "recommended",
            "knee");

    /**
     * One row of the table.
     *
     * @param method      method id: smm, gmm or kmeans
     * @param k           K
     * @param logLikelihood L (NaN for k-means)
     * @param parameters  free parameters (−1 for k-means: not a likelihood model)
     * @param bic         BIC (NaN for k-means)
     * @param icl         ICL (NaN for k-means)
     * @param entropy     classification entropy (NaN for k-means)
     * @param inertia     inertia (NaN for the mixtures)
     * @param silhouette  squared-distance silhouette (NaN for the mixtures and K = 1)
     * @param spikes      non-zero spikes (SMM), K otherwise
     * @param seconds     run time of this K
     * @param recommended whether this is the method's recommended K
     * @param knee        whether this K is at the knee of the method's curve
     */
    public record Row(String method, int k, double logLikelihood, long parameters, double bic, double icl,
            double entropy, double inertia, double silhouette, int spikes, double seconds, boolean recommended,
            boolean knee) {
    }

    private KScanRows() {
    }

    /** The rows of {@code results}, method by method, K ascending. */
    public static List<Row> of(List<ScanResult> results) {
        List<Row> rows = new ArrayList<>();
        for (ScanResult r : results) {
            int[] k = r.k();
            int rec = r.recommendedK();
            int knee = r.kneeK();
            boolean mixture = r.method().hasLikelihood();
            for (int i = 0; i < k.length; i++) {
                rows.add(new Row(r.method().id(), k[i], r.logLikelihood()[i], mixture ? r.parameters()[i] : -1,
                        r.bic()[i], r.icl()[i], r.entropy()[i], r.inertia()[i], r.silhouette()[i], r.activeSpikes()[i],
                        r.seconds()[i], k[i] == rec, k[i] == knee));
            }
        }
        return rows;
    }
}
