package io.spikemix.cli;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.evaluate.Confidence;

/**
 * The {@code report.html} of {@code spikemix segment}: one self-contained page (figures embedded as PNG data URIs,
 * no scripts, no external resources) that explains to a newcomer what was computed and how the methods compare.
 */
final class SegmentReport {

    private SegmentReport() {
    }

    static String html(PreparedInput in, Truth truth, FitSettings s, List<MethodReport> reports, byte[] panelPng,
            byte[] truthSpectraPng, double seconds) {
        SpectralCube cube = in.cube();
        BandAxis axis = cube.bands();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>SpikeMix report: ")
                .append(esc(in.file().getFileName().toString())).append("</title>\n<style>\n").append(CSS).append("</style></head><body>\n");
        h.append("<h1>SpikeMix segmentation report</h1>\n");
        h.append("<p class=\"lead\">This page compares three ways of splitting the pixels of <code>")
                .append(esc(in.file().getFileName().toString()))
                .append("</code> into ").append(s.k()).append(" groups and of recovering one characteristic spectrum per group: "
                        + "the <b>spiked mixture model (SMM)</b>, a <b>Gaussian mixture model (GMM)</b> and <b>k-means</b>. "
                        + "The SMM groups pixels by the <em>shape</em> of their spectrum, whatever its brightness: a pixel "
                        + "is modelled as a random multiple of its group's spike spectrum plus noise. GMM and k-means "
                        + "group pixels by their spectra's values, so brightness differences can split or merge groups.</p>\n");

        h.append("<h2>Data and settings</h2>\n<table class=\"kv\">\n");
        row(h, "Input", "<code>" + esc(in.file().toString()) + "</code>");
        if (cube.hasImageShape() && cube.width() > 1) {
            row(h, "Image", String.format(Locale.ROOT, "%d &times; %d pixels (height &times; width)", cube.height(), cube.width()));
        } else {
            row(h, "Spectra", String.format(Locale.ROOT, "%,d (a table without image shape)", cube.pixelCount()));
        }
        row(h, "Pixels with a spectrum", String.format(Locale.ROOT, "%,d of %,d (%,d masked, shown grey in the maps)",
                cube.validCount(), cube.pixelCount(), cube.pixelCount() - cube.validCount()));
        row(h, "Bands", String.format(Locale.ROOT, "%d, from %s to %s %s", cube.bandCount(), num(axis.value(0)),
                num(axis.value(cube.bandCount() - 1)), axis.isIndexOnly() ? "(band index; the file has no wavelengths)" : esc(axis.unit())));
        row(h, "Normalization", normalizationText(in));
        row(h, "Number of groups K", Integer.toString(s.k()));
        row(h, "SMM restarts (preset)", esc(presetText(s)));
        if (s.spatialRequested()) {
            StringBuilder sp = new StringBuilder();
            for (MethodReport r : reports) {
                sp.append(sp.length() == 0 ? "" : "; ").append(r.outcome().method().label()).append(": ")
                        .append(esc(r.outcome().spatial().describe()));
            }
            row(h, "Spatial EM (docs/method.md §8)", sp + ". With beta &gt; 0 the log-likelihood column shows the "
                    + "penalised criterion U (eq. 36).");
        }
        row(h, "Random seed, threads", s.seed() + ", " + s.threads() + " (results do not depend on the thread count)");
        if (truth != null) {
            row(h, "Ground truth", "<code>" + esc(truth.file().toString()) + "</code>");
        }
        row(h, "Total run time", String.format(Locale.ROOT, "%.1f s", seconds));
        h.append("</table>\n");

        h.append("<h2>Results at a glance</h2>\n<table class=\"grid\"><thead><tr><th>Method</th><th>noise variance &sigma;&sup2;<br><small>(normalized units)</small></th>"
                + "<th>spikes (non-zero)</th><th>log-likelihood</th><th>iterations</th><th>run time</th><th>per iteration</th>");
        boolean scores = reports.stream().anyMatch(r -> r.score() != null);
        if (scores) {
            h.append("<th>Hausdorff d<sub>sqe</sub><br><small>(lower is better)</small></th><th>Hausdorff d<sub>cos</sub><br>"
                    + "<small>(lower is better)</small></th><th>ARI</th><th>NMI</th><th>accuracy<br><small>(higher is "
                    + "better)</small></th>");
        }
        h.append("</tr></thead><tbody>\n");
        StringBuilder sampledNotes = new StringBuilder();
        for (MethodReport r : reports) {
            FitOutcome o = r.outcome();
            h.append("<tr><td><b>").append(o.method().label()).append("</b></td><td>").append(num(o.sigma2()))
                    .append(o.spectralGapOk() != null && !o.spectralGapOk() ? " <span class=\"warn\">(eq. 19 fails)</span>" : "")
                    .append("</td><td>").append(o.active().length).append(" of ").append(o.k())
                    .append("</td><td>").append(Double.isNaN(o.logLikelihood()) ? "&ndash;" : num(o.logLikelihood()))
                    .append(o.spatial().penalised() ? " (U, &beta; = " + num(o.spatial().beta()) + ")" : "")
                    .append("</td><td>").append(o.iterations()).append(o.converged() ? "" : " (limit)")
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f s", o.seconds()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.3f s", o.secondsPerIteration())).append("</td>");
            if (scores) {
                MethodReport.Score sc = r.score();
                h.append("<td>").append(num(sc.hausdorffSqe())).append("</td><td>").append(num(sc.hausdorffAbsCosine()))
                        .append("</td><td>").append(num(sc.ari())).append("</td><td>").append(num(sc.nmi()))
                        .append("</td><td>").append(num(sc.accuracy())).append("</td>");
            }
            h.append("</tr>\n");
            if (o.sampled()) {
                sampledNotes.append(String.format(Locale.ROOT, "<p class=\"warn\">%s was fitted on a seeded random sample "
                        + "of %,d of the %,d pixels, because its estimated time on all of them exceeded the time budget "
                        + "(<code>--gmm-budget</code>); the fitted model then assigned every pixel. Its log-likelihood "
                        + "is that of the sample.</p>%n", o.method().label(), o.fittedPixels(), o.labelsPerRow().length));
            }
        }
        h.append("</tbody></table>\n").append(sampledNotes).append("<p class=\"caption\">&sigma;&sup2; is the SMM's fitted noise variance; for GMM and "
                + "k-means it is the spectral-gap estimate (method eq. 20) from the components' covariances (k-means: "
                + "each cluster's second moment), and their spikes come from eq. 21. GMM and SMM log-likelihoods belong "
                + "to different models and are not comparable with each other. Times are wall-clock seconds; the SMM "
                + "time covers all restarts.");
        if (scores) {
            h.append(" <b>Hausdorff</b> distances compare each method's non-zero spikes, undone to raw units, with the "
                    + "true spikes: the largest distance from any spike to the nearest spike of the other set (0 = every "
                    + "spike recovered, none spurious); d<sub>sqe</sub> is the squared Euclidean distance up to sign, "
                    + "d<sub>cos</sub> = 1 &minus; |cos angle| ignores scale. <b>ARI</b> (adjusted Rand index), "
                    + "<b>NMI</b> (normalised mutual information) and <b>accuracy</b> (after the best matching of "
                    + "groups to true regions) compare the label maps with the true regions: 1 is perfect, ARI &asymp; 0 "
                    + "is chance.");
        }
        h.append("</p>\n");

        if (panelPng != null) {
            h.append("<h2>Segmentations side by side</h2>\n");
            img(h, panelPng, "label maps");
            h.append("<p class=\"caption\">Each pixel coloured by the group its method assigns it to")
                    .append(truth != null && truth.labels() != null ? "; the first map is the true regions" : "")
                    .append(". Group numbers are arbitrary, so colours are matched across maps: groups covering mostly "
                            + "the same pixels share a colour, and the legend lists each map's group ids. Grey pixels "
                            + "have no spectrum.</p>\n");
        }

        if (reports.stream().anyMatch(r -> r.confidencePng() != null)) {
            h.append("<h2>How sure each label is</h2>\n<div class=\"figs\">\n");
            for (MethodReport r : reports) {
                if (r.confidencePng() != null) {
                    figure(h, r.confidencePng(), String.format(Locale.ROOT, "%s: the largest responsibility of each "
                            + "pixel (mean %s; normalised entropy %s).", r.outcome().method().label(),
                            num(Confidence.mean(r.outcome().confidence())), num(Confidence.mean(r.outcome().entropy()))));
                }
            }
            h.append("</div>\n<p class=\"caption\">Bright pixels are labelled with near certainty; dark ones lie between "
                    + "groups (1/K means no preference at all). k-means assigns hard labels and has no such map.</p>\n");
        }

        h.append("<h2>Recovered spectra</h2>\n<p class=\"caption\">One line per non-zero spike, in the colour of its group in "
                + "the maps above, plotted in the units of the input file")
                .append(in.normalization() == null ? "" : " (the " + esc(in.normalization().method().label())
                        + " normalization undone: " + undoText(in) + ")")
                .append(". A spike is the characteristic spectrum of its group; it is defined only up to sign and, for the "
                        + "SMM, its length reflects the typical brightness of the group's pixels.</p>\n<div class=\"figs\">\n");
        if (truthSpectraPng != null) {
            figure(h, truthSpectraPng, "The true spikes used to generate the data.");
        }
        for (MethodReport r : reports) {
            figure(h, r.spectraPng(), r.outcome().method().label() + ": " + r.rawSpikes().length + " spikes, written to "
                    + "<code>spikes-" + r.outcome().method().id() + ".csv</code>.");
        }
        h.append("</div>\n");

        boolean traces = reports.stream().anyMatch(r -> r.tracePng() != null);
        if (traces) {
            h.append("<h2>Convergence</h2>\n<p class=\"caption\">Log-likelihood after each EM iteration of the returned "
                    + "run (iteration 0 is the start). It must never decrease; a flat end means the fit converged. "
                    + "k-means has no likelihood.</p>\n<div class=\"figs\">\n");
            for (MethodReport r : reports) {
                if (r.tracePng() != null) {
                    double[] t = r.outcome().trace();
                    figure(h, r.tracePng(), String.format(Locale.ROOT, "%s: from %s to %s in %d iterations%s.",
                            r.outcome().method().label(), num(t[0]), num(t[t.length - 1]), r.outcome().iterations(),
                            r.outcome().converged() ? " (converged)" : " (iteration limit reached)"));
                }
            }
            h.append("</div>\n");
        }

        h.append("<h2>Files in this folder</h2>\n<ul class=\"files\">"
                + "<li><code>summary.json</code> &ndash; every number on this page</li>"
                + "<li><code>result-&lt;method&gt;.json</code> &ndash; each fit in the <code>spikemix fit</code> format "
                + "(spikes in normalized units, weights, &sigma;&sup2;, labels per pixel, log-likelihood trace, timing)</li>"
                + "<li><code>spikes-&lt;method&gt;.csv</code> &ndash; spikes in raw units, one row per spike, header = band values</li>"
                + "<li><code>label-maps.png</code>, <code>spectra-*.png</code>, <code>loglik-*.png</code> &ndash; the figures</li></ul>\n");
        h.append("<p class=\"foot\">Made by <code>spikemix segment</code>. The method and its equations: "
                + "<i>method.md</i> in the SpikeMix documentation.</p>\n</body></html>\n");
        return h.toString();
    }

    static String normalizationText(PreparedInput in) {
        if (in.normalization() == null) {
            return "none: the methods see the values as stored";
        }
        String id = in.normalization().method().id();
        String text = switch (id) {
            case "minmax" -> "min-max per band: (value &minus; band minimum) / (band maximum &minus; band minimum), so every band spans [0, 1]";
            case "l1" -> "l1 per spectrum: each spectrum divided by the sum of its absolute values";
            default -> "TIC per spectrum: each spectrum divided by its total (total ion count)";
        };
        return in.maskedSpectra() == 0 ? text : text + String.format(Locale.ROOT, "; %,d spectra with zero total were set to 0", in.maskedSpectra());
    }

    private static String undoText(PreparedInput in) {
        return in.normalization().method().isFeatureWise()
                ? "each band multiplied back by its range and its minimum added"
                : "multiplied by the median total of the spectra";
    }

    static String presetText(FitSettings s) {
        var sch = s.schedule();
        if (sch.isSingleStart()) {
            return "none: one start, up to " + sch.d2() + " iterations";
        }
        return String.format(Locale.ROOT, "%s: %d random starts of %d iterations, the best %d continued for up to %d "
                + "iterations until the log-likelihood gains less than %s relative", s.preset(), sch.n1(), sch.d1(),
                sch.n2(), sch.d2(), num(sch.tol()));
    }

    private static void row(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    private static void img(StringBuilder h, byte[] png, String alt) {
        h.append("<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }

    private static void figure(StringBuilder h, byte[] png, String captionHtml) {
        h.append("<figure>");
        img(h, png, "figure");
        h.append("<figcaption>").append(captionHtml).append("</figcaption></figure>\n");
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "&ndash;";
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e6) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        if (a < 1e-3 || a >= 1e6) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.4g", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static final String CSS = "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:1320px;"
            + "margin:24px auto;padding:0 24px;color:#222;line-height:1.45}\n"
            + "h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:.2em}\n"
            + ".lead{font-size:1.05em;max-width:60em}.caption,figcaption{color:#555;font-size:.92em;max-width:62em}\n"
            + "table{border-collapse:collapse}table.kv th{text-align:left;padding:3px 18px 3px 0;font-weight:600;vertical-align:top}\n"
            + "table.kv td{padding:3px 0}table.grid th,table.grid td{border:1px solid #ddd;padding:4px 9px;text-align:right}\n"
            + "table.grid th{background:#f4f4f4}table.grid td:first-child{text-align:left}\n"
            + ".figs{display:flex;flex-wrap:wrap;gap:14px}figure{margin:0}img{max-width:100%}\n"
            + ".warn{color:#b00}code{background:#f4f4f4;padding:0 3px;border-radius:3px}.foot{color:#777;font-size:.85em;margin-top:2em}\n";
}
