package io.spikemix.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.evaluate.ClusteringScores;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SieveSchedule;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.Neighbourhood;
import io.spikemix.engine.spatial.PottsPseudoLikelihood;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.engine.spatial.SpatialOptions;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/**
 * The evidence for spatially regularised EM (issue 16 item 4, method.md §8): ARI and NMI against the truth of the
 * SMM (and, with {@code --gmm}, the GMM) with β = 0, with fixed β values, and with β chosen by the Potts
 * pseudo-likelihood of the β = 0 labels ({@code auto}, eq. 39), on the demo phantom ({@code spikemix synth}
 * defaults but the noise) at several noise levels and seeds, and on Samson (K = 3, truth = argmax of the
 * abundances) when {@code ../shared/data/samson/Samson.mat} is present. The fits are those of {@code spikemix
 * segment}: min-max normalisation, the {@code quick} sieving schedule (4 starts × 10 iterations, best 2 continued
 * up to 300, tolerance 1e-7), four neighbours.
 *
 * <p>Options: {@code --sigma2 a,b,… --seeds s,… --betas b,… --neighbours 4|8 --threads T --gmm --no-phantom
 * --no-samson}. Prints one Markdown table row per case.
 */
public final class SpatialBenchmark {

    private SpatialBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double[] sigma2 = {0.05, 0.1, 0.2};
        long[] seeds = {0, 1, 2};
        double[] betas = {0.5, 1.0};
        Neighbourhood nb = Neighbourhood.FOUR;
        int threads = 2;
        boolean gmm = false;
        boolean phantom = true;
        boolean samson = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sigma2" -> sigma2 = doubles(args[++i]);
                case "--seeds" -> seeds = java.util.Arrays.stream(doubles(args[++i])).mapToLong(v -> (long) v).toArray();
                case "--betas" -> betas = doubles(args[++i]);
                case "--neighbours" -> nb = Neighbourhood.of(Integer.parseInt(args[++i]));
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--gmm" -> gmm = true;
                case "--no-phantom" -> phantom = false;
                case "--no-samson" -> samson = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("| data | method | seed | β | ARI | NMI | iterations | seconds |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        if (phantom) {
            for (double s2 : sigma2) {
                for (long seed : seeds) {
                    SpikedPhantom p = SpikedPhantom.generate(PhantomOptions.defaults().withSigma2(s2).withSeed(seed));
                    run(String.format(Locale.ROOT, "phantom σ²=%g", s2), p.cube(), p.labels(), 6, seed, betas, nb,
                            threads, gmm);
                }
            }
        }
        Path mat = Path.of(System.getProperty("spikemix.shared", "../shared"), "data", "samson", "Samson.mat");
        if (samson && Files.isRegularFile(mat)) {
            SpectralCube cube = SpectralReaders.read(mat, ReadOptions.builder().matVariable("SamSon").build(),
                    ProgressMonitor.NONE);
            SpectralCube a = SpectralReaders.read(mat, ReadOptions.builder().matVariable("A").build(),
                    ProgressMonitor.NONE);
            int[] truth = new int[a.validCount()];
            for (int r = 0; r < truth.length; r++) {
                for (int c = 1; c < 3; c++) {
                    if (a.spectra().get(r, c) > a.spectra().get(r, truth[r])) {
                        truth[r] = c;
                    }
                }
            }
            for (long seed : seeds) {
                run("Samson", cube, truth, 3, seed, betas, nb, threads, gmm);
            }
        } else if (samson) {
            System.out.println("(Samson skipped: " + mat + " not found)");
        }
    }

    private static void run(String name, SpectralCube cube, int[] truth, int k, long seed, double[] betas,
            Neighbourhood nb, int threads, boolean gmm) throws Exception {
        SpectralMatrix raw = cube.spectra();
        SpectralMatrix data = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                ProgressMonitor.NONE).apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        SpatialGrid grid = SpatialGrid.of(cube, nb);
        List<String> methods = new ArrayList<>(List.of("SMM"));
        if (gmm) {
            methods.add("GMM");
        }
        for (String method : methods) {
            int[] plain = fit(method, data, grid, k, seed, 0, threads, name, truth, "0");
            for (double beta : betas) {
                fit(method, data, grid, k, seed, beta, threads, name, truth, fmt(beta));
            }
            double auto = PottsPseudoLikelihood.estimate(plain, k, grid);
            fit(method, data, grid, k, seed, auto, threads, name, truth, "auto " + fmt(auto));
        }
    }

    private static int[] fit(String method, SpectralMatrix data, SpatialGrid grid, int k, long seed, double beta,
            int threads, String name, int[] truth, String betaText) throws Exception {
        long t0 = System.nanoTime();
        SpatialOptions spatial = new SpatialOptions(beta, grid.neighbourhood());
        int[] labels;
        int iterations;
        if (method.equals("SMM")) {
            SpikedMixtureModel m = new SpikedMixtureFitter(SpikedMixtureOptions.builder().k(k).seed(seed)
                    .threads(threads).schedule(SieveSchedule.of(4, 10, 2, 300, 1e-7)).spatial(spatial).build())
                    .fit(data, grid, ProgressMonitor.NONE);
            labels = m.labels();
            iterations = (int) m.totalIterations();
        } else {
            GaussianMixtureModel m = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(k).seed(seed)
                    .threads(threads).spatial(spatial).build()).fit(data, grid, ProgressMonitor.NONE);
            labels = m.labels();
            iterations = m.iterations();
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ClusteringScores s = ClusteringScores.of(truth, labels);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %.3f | %.3f | %d | %.1f |%n", name, method, seed, betaText,
                s.adjustedRandIndex(), s.normalizedMutualInformation(), iterations, seconds);
        return labels;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static double[] doubles(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
