package io.spikemix.cli;

import static io.spikemix.cli.SegmentReport.esc;
import static io.spikemix.cli.SegmentReport.num;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.select.KRange;
import io.spikemix.engine.select.ScanResult;

/**
 * The {@code report.html} of {@code spikemix scan-k}: one self-contained page (the plot embedded as a PNG data URI,
 * no scripts, no external resources) with the curves, a table per method with the recommended K marked, and what
 * the criteria mean.
 */
final class ScanKReport {

    private ScanKReport() {
    }

    static String html(PreparedInput in, FitSettings s, KRange range, List<ScanResult> results, byte[] plotPng,
            double seconds) {
        SpectralCube cube = in.cube();
        String name = esc(in.file().getFileName().toString());
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>SpikeMix K scan: ").append(name)
                .append("</title>\n<style>\n").append(SegmentReport.CSS)
                .append("tr.rec td{background:#fde8e8;font-weight:600}\n</style></head><body>\n");
        h.append("<h1>SpikeMix K scan</h1>\n");
        h.append("<p class=\"lead\">How many groups do the pixels of <code>").append(name).append("</code> form? Each method "
                + "was fitted once for every K from ").append(range.min()).append(" to ").append(range.max())
                .append(" with the same seed and settings, and each fit was scored. The mixture models (SMM, GMM) are "
                        + "scored by <b>BIC</b>, which rewards the likelihood and charges for every free parameter, and "
                        + "<b>ICL</b>, which also charges for pixels whose group is uncertain; lower is better for both, "
                        + "and the recommended K is the one with the smallest BIC. k-means has no likelihood; it is scored "
                        + "by the <b>silhouette</b> (how much closer each pixel is to its own cluster than to the next one; "
                        + "higher is better), and the recommended K has the largest. The <b>knee</b> is where the "
                        + "likelihood (k-means: the inertia) stops improving fast: a second opinion, not a rule.</p>\n");
        h.append("<h2>Data and settings</h2>\n<table class=\"kv\">\n");
        row(h, "Input", "<code>" + esc(in.file().toString()) + "</code>");
        row(h, "Pixels with a spectrum", String.format(Locale.ROOT, "%,d of %,d", cube.validCount(), cube.pixelCount()));
        row(h, "Bands", Integer.toString(cube.bandCount()));
        row(h, "Normalization", SegmentReport.normalizationText(in));
        row(h, "K range", range.min() + " to " + range.max());
        row(h, "SMM restarts (preset)", esc(SegmentReport.presetText(s)));
        row(h, "Random seed, threads", s.seed() + ", " + s.threads() + " (results do not depend on the thread count)");
        row(h, "Total run time", String.format(Locale.ROOT, "%.1f s", seconds));
        h.append("</table>\n");

        h.append("<h2>Recommendations</h2>\n<table class=\"grid\"><thead><tr><th>Method</th><th>recommended K</th>"
                + "<th>by</th><th>smallest ICL at</th><th>knee at</th></tr></thead><tbody>\n");
        for (ScanResult r : results) {
            h.append("<tr><td><b>").append(r.method().label()).append("</b></td><td>").append(ScanKCommand.kText(r.recommendedK()))
                    .append("</td><td>").append(r.method().hasLikelihood() ? "smallest BIC" : "largest silhouette")
                    .append("</td><td>").append(r.method().hasLikelihood() ? ScanKCommand.kText(r.iclK()) : "&ndash;")
                    .append("</td><td>").append(ScanKCommand.kText(r.kneeK())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");

        h.append("<h2>The curves</h2>\n<figure><img alt=\"K scan curves\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(plotPng)).append("\"><figcaption>One panel per method. Solid red "
                        + "line: the recommended K; dotted grey line: the knee.</figcaption></figure>\n");

        for (ScanResult r : results) {
            int[] k = r.k();
            h.append("<h2>").append(r.method().label()).append(" per K</h2>\n<table class=\"grid\"><thead><tr><th>K</th>");
            if (r.method().hasLikelihood()) {
                h.append("<th>log-likelihood</th><th>free parameters</th><th>BIC</th><th>ICL</th><th>non-zero spikes</th>");
            } else {
                h.append("<th>inertia</th><th>silhouette</th>");
            }
            h.append("<th>run time</th></tr></thead><tbody>\n");
            for (int i = 0; i < k.length; i++) {
                boolean rec = k[i] == r.recommendedK();
                h.append(rec ? "<tr class=\"rec\">" : "<tr>").append("<td>").append(k[i]).append(rec ? " &#9668;" : "").append("</td>");
                if (r.method().hasLikelihood()) {
                    h.append("<td>").append(num(r.logLikelihood()[i])).append("</td><td>").append(r.parameters()[i])
                            .append("</td><td>").append(num(r.bic()[i])).append("</td><td>").append(num(r.icl()[i]))
                            .append("</td><td>").append(r.activeSpikes()[i]).append("</td>");
                } else {
                    h.append("<td>").append(num(r.inertia()[i])).append("</td><td>").append(num(r.silhouette()[i])).append("</td>");
                }
                h.append("<td>").append(String.format(Locale.ROOT, "%.2f s", r.seconds()[i])).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>How to read this</h2>\n<ul class=\"caption\">"
                + "<li>Free parameters: SMM K&middot;d + (K&minus;1) + 1 (spikes, weights, &sigma;&sup2;); GMM K&middot;d + "
                + "K&middot;d(d+1)/2 + (K&minus;1) (means, full covariances, weights). A GMM in many bands pays far more per "
                + "component than an SMM, so its BIC tends to stop at a smaller K.</li>"
                + "<li>BIC = &minus;2&middot;log-likelihood + (free parameters)&middot;ln N; ICL = BIC + 2&middot;(classification "
                + "entropy). Differences matter, not the values.</li>"
                + "<li>The silhouette here is computed with squared distances from per-cluster sums (exact, without comparing "
                + "every pair of pixels); its values differ from the usual Euclidean silhouette.</li>"
                + "<li>No criterion knows what you are looking for: when the scores are close for several K, look at the "
                + "segmentations (<code>spikemix segment --k K</code>) and choose.</li></ul>\n");
        h.append("<h2>Files in this folder</h2>\n<ul class=\"files\"><li><code>scan.json</code> &ndash; every number on this "
                + "page</li><li><code>scan.png</code> &ndash; the curves</li></ul>\n");
        h.append("<p class=\"foot\">Made by <code>spikemix scan-k</code>. The criteria and their equations: <i>method.md</i> "
                + "&sect;8 in the SpikeMix documentation.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }
}
