package io.spikemix.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.select.KRange;
import io.spikemix.engine.select.KScan;
import io.spikemix.engine.select.KScanOptions;
import io.spikemix.engine.select.ScanMethod;
import io.spikemix.engine.select.ScanResult;
import io.spikemix.engine.select.SpikedMixtureDraws;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * How often does the K scan (method.md §9) recommend the true K? Generates datasets with known K in one setting,
 * scans each with the options {@code spikemix scan-k} uses by default (SMM {@code quick} schedule, the GMM's and
 * k-means' defaults, seed 0), and prints one line per dataset and a Markdown table of the rate at which each
 * criterion hits the true K, with the K it picked otherwise. Results: {@code releng/bench/KSCAN.md}.
 *
 * <p>Settings: {@code fig2-low} (the paper's Fig. 2, K = 3, d = 2, N = 1500, σ² = 0.01), {@code fig2-high} (the same
 * at σ² = 0.5), {@code fig4} (K = 3, d = 5, N = 1500, σ² = 1.5, x_k ~ N(0, I), π = (0.62, 0.22, 0.16)),
 * {@code phantom} (the demo phantom of {@code spikemix synth}: 120 × 160, 80 bands, K = 6, σ² = 0.01, min-max
 * normalised like {@code segment}; the seed varies), {@code phantom-raw} (the same, not normalised) and
 * {@code phantom-small} (the same family at 60 × 80).
 *
 * <p>Run: {@code releng/bench/run.sh KScanBenchmark --setting fig2-low [--datasets 20] [--k 1:6]
 * [--methods smm,gmm,kmeans] [--threads 2] [--preset quick|synthetic] [--first I]}; {@code --first} starts at dataset
 * index I (seeds as in a run from 0), to split a long series into parts.
 */
public final class KScanBenchmark {

    private KScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String setting = "fig2-low";
        int datasets = 20;
        int first = 0;
        String range = null;
        String methods = "smm,gmm,kmeans";
        int threads = 2;
        String preset = "quick";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--setting" -> setting = args[i + 1];
                case "--datasets" -> datasets = Integer.parseInt(args[i + 1]);
                case "--first" -> first = Integer.parseInt(args[i + 1]);
                case "--k" -> range = args[i + 1];
                case "--methods" -> methods = args[i + 1];
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--preset" -> preset = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int trueK = setting.startsWith("phantom") ? 6 : 3;
        KRange kRange = KRange.parse(range != null ? range : setting.startsWith("phantom") ? "2:10" : "1:6");
        List<ScanMethod> order = Arrays.stream(methods.split(",")).map(ScanMethod::parse).toList();
        SieveSchedule schedule = preset.equals("quick") ? SieveSchedule.of(4, 10, 2, 300, 1e-7) : SieveSchedule.preset(preset);
        KScanOptions options = new KScanOptions(kRange, order,
                SpikedMixtureOptions.builder().k(1).schedule(schedule).seed(0).threads(threads).build(),
                GaussianMixtureOptions.builder().k(1).seed(0).threads(threads).build(),
                KMeansOptions.builder().k(1).seed(0).threads(threads).build(), threads);
        System.out.printf(Locale.ROOT, "# setting %s, true K %d, K %s, %d datasets from index %d, preset %s, threads %d%n",
                setting, trueK, kRange, datasets, first, preset, threads);
        List<List<ScanResult>> all = new ArrayList<>();
        for (int rep = first; rep < first + datasets; rep++) {
            SpectralMatrix data = dataset(setting, rep);
            long t0 = System.nanoTime();
            List<ScanResult> r = new KScan(options).scan(data, ProgressMonitor.NONE);
            double s = (System.nanoTime() - t0) * 1e-9;
            all.add(r);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "dataset %2d (%.1f s):", rep, s));
            for (ScanResult m : r) {
                line.append(m.method().hasLikelihood()
                        ? String.format(Locale.ROOT, "  %s bic %d icl %d knee %d (active %s)", m.method().id(), m.bicK(),
                                m.iclK(), m.kneeK(), Arrays.toString(m.activeSpikes()))
                        : String.format(Locale.ROOT, "  %s silhouette %d knee %d", m.method().id(), m.silhouetteK(),
                                m.kneeK()));
            }
            System.out.println(line);
            System.out.flush();
        }
        System.out.println();
        System.out.println("| setting | method | criterion | true K hit | K picked (count) | mean s per scan |");
        System.out.println("|---|---|---|---|---|---|");
        for (int m = 0; m < order.size(); m++) {
            ScanMethod method = order.get(m);
            String[] criteria = method.hasLikelihood() ? new String[] { "BIC", "ICL", "knee of L" }
                    : new String[] { "silhouette", "knee of inertia" };
            double seconds = 0;
            for (List<ScanResult> r : all) {
                seconds += Arrays.stream(r.get(m).seconds()).sum();
            }
            for (String c : criteria) {
                TreeMap<Integer, Integer> picked = new TreeMap<>();
                int hits = 0;
                for (List<ScanResult> r : all) {
                    ScanResult res = r.get(m);
                    int k = switch (c) {
                        case "BIC" -> res.bicK();
                        case "ICL" -> res.iclK();
                        case "silhouette" -> res.silhouetteK();
                        default -> res.kneeK();
                    };
                    picked.merge(k, 1, Integer::sum);
                    hits += k == trueK ? 1 : 0;
                }
                StringBuilder p = new StringBuilder();
                picked.forEach((k, n) -> p.append(p.length() == 0 ? "" : ", ").append(k < 0 ? "none" : k).append(" (").append(n).append(')'));
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %d/%d = %.0f %% | %s | %.1f |%n", setting, method.label(), c,
                        hits, all.size(), 100.0 * hits / all.size(), p, seconds / all.size());
            }
        }
    }

    static SpectralMatrix dataset(String setting, int rep) throws Exception {
        switch (setting) {
            case "fig2-low":
                return SpikedMixtureDraws.sample(1500, SpikedMixtureDraws.FIG2_SPIKES, SpikedMixtureDraws.FIG2_PI, 0.01,
                        new SplittableRandom(10_000 + rep));
            case "fig2-high":
                return SpikedMixtureDraws.sample(1500, SpikedMixtureDraws.FIG2_SPIKES, SpikedMixtureDraws.FIG2_PI, 0.5,
                        new SplittableRandom(20_000 + rep));
            case "fig4": {
                SplittableRandom rng = new SplittableRandom(30_000 + rep);
                double[][] x = new double[3][5];
                for (double[] row : x) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = rng.nextGaussian();
                    }
                }
                return SpikedMixtureDraws.sample(1500, x, new double[] { 0.62, 0.22, 0.16 }, 1.5, rng);
            }
            case "phantom":
            case "phantom-raw":
            case "phantom-small": {
                PhantomOptions o = PhantomOptions.defaults().withSeed(1 + rep);
                if (setting.equals("phantom-small")) {
                    o = o.withShape(60, 80);
                }
                SpectralMatrix raw = SpikedPhantom.generate(o).cube().spectra();
                if (setting.equals("phantom-raw")) {
                    return raw;
                }
                NormalizationModel minmax = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                        ProgressMonitor.NONE);
                return minmax.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
            }
            default:
                throw new IllegalArgumentException("unknown setting " + setting
                        + "; expected fig2-low, fig2-high, fig4, phantom, phantom-raw or phantom-small");
        }
    }
}
