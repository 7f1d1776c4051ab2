package io.spikemix.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.node.SettingKind;
import io.spikemix.knime.evaluate.kscan.KScanSettings;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.evaluate.scorer.ScoreReport;
import io.spikemix.knime.evaluate.scorer.SegmentationScorerSettings;
import io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings;
import io.spikemix.knime.evaluate.spikes.SpikeSetReport;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings;
import io.spikemix.knime.gmm.predictor.GmmPredictorSettings;
import io.spikemix.knime.kmeans.segmenter.KMeansSegmenterCore;
import io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings;
import io.spikemix.knime.normalize.apply.NormalizerApplySettings;
import io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings;
import io.spikemix.knime.reader.cube.SpectralCubeReaderSettings;
import io.spikemix.knime.render.segmentation.SegmentationRendererSettings;
import io.spikemix.knime.smm.learner.SmmLearnerCore;
import io.spikemix.knime.smm.learner.SmmLearnerSettings;
import io.spikemix.knime.smm.predictor.SmmPredictorSettings;

/**
 * Generates the KNIME testflows in {@code test-workflows/} from the nodes' settings declarations, so that the saved
 * {@code model} settings are exactly what the node models read.
 *
 * <p>Regenerate after changing a node's settings (the up-to-date test fails until then):
 * {@code ./mvnw -B verify -pl releng/io.spikemix.lint -am -Dspikemix.writeTestWorkflows=true}.
 *
 * <p>The tables are chosen so that float32 arithmetic is exact (ranges and row sums are powers of two), which lets
 * KNIME's Table Difference Checker compare with equality.
 */
public final class TestWorkflowWriter {

    static final String DOUBLE_CELL = "org.knime.core.data.def.DoubleCell";
    static final String INT_CELL = "org.knime.core.data.def.IntCell";
    static final String STRING_CELL = "org.knime.core.data.def.StringCell";
    static final String LONG_CELL = "org.knime.core.data.def.LongCell";

    private static final String NORMALIZER = "io.spikemix.knime.normalize.normalizer.SpectralNormalizerNodeFactory";
    private static final String APPLY = "io.spikemix.knime.normalize.apply.NormalizerApplyNodeFactory";
    private static final String EVALUATOR = "io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorNodeFactory";
    private static final String SCORER = "io.spikemix.knime.evaluate.scorer.SegmentationScorerNodeFactory";
    private static final String RENDERER = "io.spikemix.knime.render.segmentation.SegmentationRendererNodeFactory";
    private static final String SMM_LEARNER = "io.spikemix.knime.smm.learner.SmmLearnerNodeFactory";
    private static final String SMM_PREDICTOR = "io.spikemix.knime.smm.predictor.SmmPredictorNodeFactory";
    private static final String GMM_EXTRACTOR = "io.spikemix.knime.gmm.extractor.GmmSpikeExtractorNodeFactory";
    private static final String GMM_PREDICTOR = "io.spikemix.knime.gmm.predictor.GmmPredictorNodeFactory";
    private static final String KMEANS = "io.spikemix.knime.kmeans.segmenter.KMeansSegmenterNodeFactory";
    private static final String READER = "io.spikemix.knime.reader.cube.SpectralCubeReaderNodeFactory";
    private static final String KSCAN = "io.spikemix.knime.evaluate.kscan.KScanNodeFactory";
    private static final String WORKFLOW_VERSION = "5.1.0";
    /** Files a workflow carries are read relative to the workflow folder (KNIME resolves these URLs). */
    private static final String WORKFLOW_URL = "knime://knime.workflow/";

    private final Path repo;

    private TestWorkflowWriter(Path repo) {
        this.repo = repo;
    }

    /** Writes the test workflows under {@code <repo>/test-workflows}. */
    public static void main(String[] args) throws IOException, LintException {
        write(Path.of(args.length > 0 ? args[0] : "."));
    }

    /** Writes every generated file below {@code <repo>/test-workflows}, replacing the generated workflows. */
    static void write(Path repo) throws IOException, LintException {
        for (Map.Entry<String, byte[]> f : generate(repo).entrySet()) {
            Path p = repo.resolve("test-workflows").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    /** Every generated file (workflow XML and the data files workflows carry), by path relative to {@code test-workflows/}, sorted. */
    static Map<String, byte[]> generate(Path repo) throws LintException {
        TestWorkflowWriter w = new TestWorkflowWriter(repo);
        Map<String, byte[]> files = new TreeMap<>();
        w.minmaxRoundtrip().render(files);
        w.l1Expected().render(files);
        w.ticApplyMatchesFit().render(files);
        w.spikeSetEvaluatorHandComputed().render(files);
        w.segmentationScorerRelabelled().render(files);
        w.segmentationRendererRuns().render(files);
        w.smmPredictorReproducesLearner().render(files);
        w.smmClustersByDirection().render(files);
        w.kmeansTwoGroups().render(files);
        w.kScanRuns().render(files);
        w.gmmPredictorReproducesExtractor().render(files);
        w.readerNpyInWorkflow().render(files);
        w.scorerWithReferenceTable().render(files);
        w.segmentEndToEnd(SegmentFixture.get()).render(files);
        return files;
    }

    /** A small pixel table: column names and types, rows of cell values (as Table Creator stores them). */
    static final class Table {
        final List<String> names = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        Table column(String name, String cellClass) {
            names.add(name);
            types.add(cellClass);
            return this;
        }

        Table row(Object... cells) {
            List<String> r = new ArrayList<>();
            for (Object c : cells) {
                r.add(c instanceof Double ? Double.toString((Double) c) : String.valueOf(c));
            }
            rows.add(r);
            return this;
        }
    }

    private static Table pixels(String[] bands, double[][] spectra, boolean withLabel) {
        Table t = new Table().column("x", INT_CELL).column("y", INT_CELL);
        for (String b : bands) {
            t.column(b, DOUBLE_CELL);
        }
        if (withLabel) {
            t.column("label", STRING_CELL);
        }
        for (int r = 0; r < spectra.length; r++) {
            List<Object> cells = new ArrayList<>(List.of(r % 3, r / 3));
            for (double v : spectra[r]) {
                cells.add(v);
            }
            if (withLabel) {
                cells.add("pixel " + (char) ('a' + r));
            }
            t.row(cells.toArray());
        }
        return t;
    }

    /**
     * Min-max expected values computed here by the definition (v − min_f) / (max_f − min_f), independently of the
     * engine.
     */
    private static double[][] minmax(double[][] spectra) {
        int d = spectra[0].length;
        double[][] out = new double[spectra.length][d];
        for (int f = 0; f < d; f++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] s : spectra) {
                min = Math.min(min, s[f]);
                max = Math.max(max, s[f]);
            }
            for (int r = 0; r < spectra.length; r++) {
                out[r][f] = (spectra[r][f] - min) / (max - min);
            }
        }
        return out;
    }

    private static double[][] l1(double[][] spectra) {
        double[][] out = new double[spectra.length][];
        for (int r = 0; r < spectra.length; r++) {
            double sum = 0;
            for (double v : spectra[r]) {
                sum += Math.abs(v);
            }
            out[r] = new double[spectra[r].length];
            for (int f = 0; f < out[r].length; f++) {
                out[r][f] = spectra[r][f] / sum;
            }
        }
        return out;
    }

    private Flow minmaxRoundtrip() throws LintException {
        String[] bands = {"500 nm", "510 nm", "520 nm"};
        // per band: range 8, 4 and 2, so every normalized value and its undo are exact in float32
        double[][] spectra = {{1, 10, 0.5}, {3, 12, 2.5}, {5, 14, 1.5}, {9, 11, 0.5}, {7, 13, 2.5}, {2, 14, 1.0}};
        Flow f = new Flow("Normalizer_minmax_roundtrip",
                "Min-max normalizes a 3 x 2 pixel table, compares the result with values computed by hand, "
                        + "undoes the normalization with Normalizer (Apply) and compares with the original table.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, true));
        f.ours(3, NORMALIZER, SpectralNormalizerSettings.DECLARATION,
                Map.of(SpectralNormalizerSettings.METHOD.key(), "minmax"), List.of(bands));
        f.ours(4, APPLY, NormalizerApplySettings.DECLARATION,
                Map.of(NormalizerApplySettings.DIRECTION.key(), NormalizerApplySettings.UNDO), null);
        f.differenceChecker(5, pixels(bands, spectra, true));
        f.tableCreator(6, pixels(bands, minmax(spectra), true));
        f.differenceChecker(7, pixels(bands, spectra, true));
        f.connect(2, 1, 3, 1);
        f.connect(3, 2, 4, 1);
        f.connect(3, 1, 4, 2);
        f.connect(4, 1, 5, 1);
        f.connect(2, 1, 5, 2);
        f.connect(3, 1, 7, 1);
        f.connect(6, 1, 7, 2);
        return f;
    }

    private Flow l1Expected() throws LintException {
        String[] bands = {"m/z 100", "m/z 200", "m/z 300", "m/z 400"};
        // every row's l1 norm is 4 or 8, so the expected quotients are exact
        double[][] spectra = {{1, 1, 1, 1}, {2, -2, 4, 0}, {0.5, 0.5, 1, 2}, {3, 1, 2, 2}, {0, 0, 0, 4},
                {1, 2, 0.5, 0.5}};
        Flow f = new Flow("Normalizer_l1_expected",
                "l1-normalizes a pixel table with m/z band columns and compares with values computed by hand.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, NORMALIZER, SpectralNormalizerSettings.DECLARATION,
                Map.of(SpectralNormalizerSettings.METHOD.key(), "l1"), List.of(bands));
        f.tableCreator(4, pixels(bands, l1(spectra), false));
        f.differenceChecker(5, pixels(bands, spectra, false));
        f.connect(2, 1, 3, 1);
        f.connect(3, 1, 5, 1);
        f.connect(4, 1, 5, 2);
        return f;
    }

    private Flow ticApplyMatchesFit() throws LintException {
        String[] bands = {"band 0", "band 1", "band 2"};
        double[][] spectra = {{3, 1, 4}, {1, 5, 9}, {2, 6, 5}, {3, 5, 8}, {9, 7, 9}, {3, 2, 3}};
        Flow f = new Flow("Normalizer_tic_apply_matches_fit",
                "TIC-normalizes a pixel table, applies the fitted model to the same table with Normalizer (Apply) "
                        + "and checks both outputs are identical.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, true));
        f.ours(3, NORMALIZER, SpectralNormalizerSettings.DECLARATION,
                Map.of(SpectralNormalizerSettings.METHOD.key(), "tic"), List.of(bands));
        f.ours(4, APPLY, NormalizerApplySettings.DECLARATION,
                Map.of(NormalizerApplySettings.DIRECTION.key(), NormalizerApplySettings.APPLY), null);
        f.differenceChecker(5, pixels(bands, spectra, true));
        f.connect(2, 1, 3, 1);
        f.connect(3, 2, 4, 1);
        f.connect(2, 1, 4, 2);
        f.connect(4, 1, 5, 1);
        f.connect(3, 1, 5, 2);
        return f;
    }

    private Flow spikeSetEvaluatorHandComputed() throws LintException {
        // reference r0 = (1, 0), r1 = (0, 1); estimates e0 = (0, -2) (r1 flipped and scaled), e1 = (2, 0) and the
        // zero spike e2. Squared Euclidean: every spike's nearest partner is at exactly 1, so the Hausdorff
        // distance is 1; abs cosine: the zero spike is at 1 from everything (its defined value), so it is 1 too.
        Table estimated = new Table().column("spike", INT_CELL).column("500 nm", DOUBLE_CELL)
                .column("510 nm", DOUBLE_CELL).row(1, 0.0, -2.0).row(2, 2.0, 0.0).row(3, 0.0, 0.0);
        // the reference lists the bands in the other order: columns are matched by name
        Table reference = new Table().column("510 nm", DOUBLE_CELL).column("500 nm", DOUBLE_CELL).row(0.0, 1.0)
                .row(1.0, 0.0);
        Table expected = new Table().column("Hausdorff (squared Euclidean)", DOUBLE_CELL)
                .column("Hausdorff (abs cosine)", DOUBLE_CELL).column("Estimated spikes", INT_CELL)
                .column("Reference spikes", INT_CELL).column("Features", INT_CELL).row(1.0, 1.0, 3, 2, 2);
        Flow f = new Flow("SpikeSetEvaluator_hand_computed",
                "Evaluates three estimated spikes (one flipped, one zero) against two reference spectra whose band "
                        + "columns come in another order, and compares the summary with hand-computed Hausdorff "
                        + "distances.");
        f.twoInputsChecked(estimated, reference, EVALUATOR, SpikeSetEvaluatorSettings.DECLARATION, expected);
        return f;
    }

    private Flow segmentationScorerRelabelled() throws LintException {
        // clusters 5 and 7 are the classes 1 and 2 renamed; two pixels are unlabelled (label 0). On the 4 scored
        // pixels ARI = NMI = accuracy = 1 (the logs of NMI are ln 2 / ln 2, exact in floating point).
        Table pixels = new Table().column("x", INT_CELL).column("y", INT_CELL).column("cluster", INT_CELL)
                .column("truth", INT_CELL).row(0, 0, 5, 1).row(1, 0, 5, 1).row(2, 0, 7, 2).row(0, 1, 7, 2)
                .row(1, 1, 5, 0).row(2, 1, 7, 0);
        Table expected = new Table().column("Adjusted Rand index", DOUBLE_CELL)
                .column("Normalized mutual information", DOUBLE_CELL).column("Accuracy", DOUBLE_CELL)
                .column("Scored pixels", LONG_CELL).column("Unlabelled pixels", LONG_CELL)
                .column("Masked pixels", LONG_CELL).row(1.0, 1.0, 1.0, 4, 2, 0);
        Flow f = new Flow("SegmentationScorer_relabelled",
                "Scores a segmentation that is the reference with renamed clusters and two unlabelled pixels, and "
                        + "compares the scores and counts with the values known by construction.");
        f.testConfig(1);
        f.tableCreator(2, pixels);
        f.ours(3, SCORER, SegmentationScorerSettings.DECLARATION,
                Map.of(SegmentationScorerSettings.REFERENCE_COLUMN.key(), "truth"), null);
        f.tableCreator(4, expected);
        f.differenceChecker(5, expected);
        f.connect(2, 1, 3, 1);
        f.connect(3, 1, 5, 1);
        f.connect(4, 1, 5, 2);
        return f;
    }

    /**
     * Twelve pixels on two orthogonal spectral directions, (2, 1, 0, 0) and (0, 0, 1, 2), at varying brightness and
     * sign, with a little deterministic noise: the two-spike data of the SMM and GMM testflows.
     */
    static double[][] twoSpikePixels() {
        double[] scale = {1, -2, 0.5, 3, -1, 1.5};
        double[] noise = {0.01, -0.02, 0.015, -0.005, 0.02, -0.01};
        double[][] out = new double[12][];
        for (int r = 0; r < 12; r++) {
            double a = scale[r / 2];
            double e = noise[r / 2];
            out[r] = r % 2 == 0 ? new double[] {2 * a, a + e, e, -e} : new double[] {e, -e, a + e, 2 * a};
        }
        return out;
    }

    /** The columns of a pixel table with cluster and responsibility columns appended (for difference checkers). */
    private static Table clustered(String[] bands, double[][] spectra, int k) {
        Table t = pixels(bands, spectra, false);
        t.column("cluster", INT_CELL);
        for (int c = 1; c <= k; c++) {
            t.column("p(" + c + ")", DOUBLE_CELL);
        }
        if (k > 0) {
            t.column("confidence", DOUBLE_CELL);
        }
        return t;
    }

    private Flow smmPredictorReproducesLearner() throws LintException {
        String[] bands = {"400 nm", "500 nm", "600 nm", "700 nm"};
        double[][] spectra = twoSpikePixels();
        Flow f = new Flow("SMM_predictor_reproduces_learner",
                "Fits a two-spike SMM to twelve pixels on two spectral directions with SMM Learner, applies the "
                        + "model to the same pixels with SMM Predictor and checks that the predictor reproduces the "
                        + "learner's cluster and responsibility columns exactly.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, SMM_LEARNER, SmmLearnerSettings.DECLARATION,
                Map.of(SmmLearnerSettings.K.key(), "2", SmmLearnerSettings.THREADS.key(), "1"), List.of(bands));
        f.ours(4, SMM_PREDICTOR, SmmPredictorSettings.DECLARATION, Map.of(), null);
        f.differenceChecker(5, clustered(bands, spectra, 2));
        f.connect(2, 1, 3, 1);
        f.connect(3, 3, 4, 1);
        f.connect(2, 1, 4, 2);
        f.connect(4, 1, 5, 1);
        f.connect(3, 2, 5, 2);
        return f;
    }

    private Flow smmClustersByDirection() throws LintException {
        String[] bands = {"400 nm", "500 nm", "600 nm", "700 nm"};
        double[][] spectra = twoSpikePixels();
        int[] labels = smmLabels(spectra);
        for (int r = 2; r < spectra.length; r++) {
            if (labels[r] != labels[r % 2] || labels[0] == labels[1]) {
                throw new LintException("The SMM did not group the pixels by direction: "
                        + java.util.Arrays.toString(labels));
            }
        }
        Table expected = pixels(bands, spectra, false).column("cluster", INT_CELL);
        for (int r = 0; r < spectra.length; r++) {
            expected.rows.get(r).add(Integer.toString(labels[r] + 1));
        }
        Flow f = new Flow("SMM_clusters_by_direction",
                "Fits a two-spike SMM to twelve pixels on two spectral directions at different brightness and sign "
                        + "and checks the cluster column: the pixels of each direction form one cluster, numbered "
                        + "as the engine numbers the spikes for seed 0.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, SMM_LEARNER, SmmLearnerSettings.DECLARATION,
                Map.of(SmmLearnerSettings.K.key(), "2", SmmLearnerSettings.THREADS.key(), "1",
                        SmmLearnerSettings.APPEND_RESPONSIBILITIES.key(), "false"),
                List.of(bands));
        f.tableCreator(4, expected);
        f.differenceChecker(5, expected);
        f.connect(2, 1, 3, 1);
        f.connect(3, 2, 5, 1);
        f.connect(4, 1, 5, 2);
        return f;
    }

    /**
     * The SMM Learner core's labels (0-based) for the node's defaults with K = 2, one thread (the spike numbering for
     * seed 0).
     */
    private static int[] smmLabels(double[][] spectra) throws LintException {
        int d = spectra[0].length;
        SpectralColumns cols = new SpectralColumns(java.util.stream.IntStream.range(0, d).mapToObj(f -> "b" + f)
                .toList(), java.util.stream.IntStream.range(0, d).toArray(), BandAxis.indices(d), -1, -1);
        try {
            SmmLearnerCore.Result r = SmmLearnerCore.execute(PixelData.of(cols, SpectralMatrix.of(spectra)),
                    NodeDefaults.smm(2), false, SmmLearnerSettings.FITTED, null, 1, ProgressMonitor.NONE);
            int[] labels = new int[spectra.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (Integer) r.pixels().row(i)[0] - 1;
            }
            return labels;
        } catch (CanceledException | CoreInputException e) {
            throw new LintException("the SMM Learner core refused the testflow's pixels: " + e.getMessage());
        }
    }

    private Flow gmmPredictorReproducesExtractor() throws LintException {
        String[] bands = {"400 nm", "500 nm", "600 nm", "700 nm"};
        double[][] spectra = twoSpikePixels();
        Flow f = new Flow("GMM_predictor_reproduces_extractor",
                "Fits a two-component Gaussian mixture to twelve pixels on two spectral directions with GMM Spike "
                        + "Extractor, applies the model to the same pixels with GMM Predictor and checks that the "
                        + "predictor reproduces the extractor's cluster and responsibility columns exactly.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, GMM_EXTRACTOR, GmmSpikeExtractorSettings.DECLARATION,
                Map.of(GmmSpikeExtractorSettings.K.key(), "2", GmmSpikeExtractorSettings.THREADS.key(), "1"),
                List.of(bands));
        f.ours(4, GMM_PREDICTOR, GmmPredictorSettings.DECLARATION, Map.of(), null);
        f.differenceChecker(5, clustered(bands, spectra, 2));
        f.connect(2, 1, 3, 1);
        f.connect(3, 3, 4, 1);
        f.connect(2, 1, 4, 2);
        f.connect(4, 1, 5, 1);
        f.connect(3, 2, 5, 2);
        return f;
    }

    private Flow kmeansTwoGroups() throws LintException {
        String[] bands = {"band 0", "band 1", "band 2"};
        // two groups of four pixels around (1, 1, 1) and (9, 9, 9), each spread by 0.5 along one band
        double[][] spectra = {{1, 1, 1}, {9, 9, 9}, {1.5, 1, 1}, {9, 9.5, 9}, {1, 1.5, 1}, {9.5, 9, 9},
                {1, 1, 1.5}, {9, 9, 9.5}};
        int[] labels = kmeansLabels(spectra);
        for (int r = 2; r < spectra.length; r++) {
            if (labels[r] != labels[r % 2]) {
                throw new LintException("k-means split the two obvious groups: " + java.util.Arrays.toString(labels));
            }
        }
        Table expected = pixels(bands, spectra, false).column("cluster", INT_CELL);
        for (int r = 0; r < spectra.length; r++) {
            expected.rows.get(r).add(Integer.toString(labels[r] + 1));
        }
        Flow f = new Flow("KMeans_two_groups",
                "Clusters eight pixels in two well separated groups with k-Means Segmenter (K = 2) and checks the "
                        + "cluster column: every pixel in its group, numbered as the engine numbers them for seed 0.");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, KMEANS, KMeansSegmenterSettings.DECLARATION,
                Map.of(KMeansSegmenterSettings.K.key(), "2", KMeansSegmenterSettings.THREADS.key(), "1"),
                List.of(bands));
        f.tableCreator(4, expected);
        f.differenceChecker(5, expected);
        f.connect(2, 1, 3, 1);
        f.connect(3, 1, 5, 1);
        f.connect(4, 1, 5, 2);
        return f;
    }

    private Flow kScanRuns() throws LintException {
        String[] bands = {"band 0", "band 1", "band 2"};
        // the eight pixels of KMeans_two_groups: two groups around (1, 1, 1) and (9, 9, 9)
        double[][] spectra = {{1, 1, 1}, {9, 9, 9}, {1.5, 1, 1}, {9, 9.5, 9}, {1, 1.5, 1}, {9.5, 9, 9},
                {1, 1, 1.5}, {9, 9, 9.5}};
        Flow f = new Flow("KScan_runs",
                "Scans K = 2 to 3 with SMM and k-means on eight pixels in two groups; the testflow checks that the node "
                        + "executes. The criteria include run times, which no expected table can hold; their values are "
                        + "checked headlessly (KScanTest, KScanSettingsTest).");
        f.testConfig(1);
        f.tableCreator(2, pixels(bands, spectra, false));
        f.ours(3, KSCAN, KScanSettings.DECLARATION,
                Map.of(KScanSettings.K_MIN.key(), "2", KScanSettings.K_MAX.key(), "3", KScanSettings.SCAN_GMM.key(),
                        "false", KScanSettings.THREADS.key(), "1"),
                List.of(bands));
        f.connect(2, 1, 3, 1);
        return f;
    }

    private Flow segmentationRendererRuns() throws LintException {
        Table pixels = new Table().column("x", INT_CELL).column("y", INT_CELL).column("cluster", INT_CELL)
                .column("p(1)", DOUBLE_CELL).column("p(2)", DOUBLE_CELL).row(0, 0, 1, 1.0, 0.0)
                .row(1, 0, 2, 0.25, 0.75).row(2, 0, 2, 0.0, 1.0).row(0, 1, 1, 0.5, 0.5).row(2, 1, 1, 1.0, 0.0);
        Table spikes = new Table().column("spike", INT_CELL).column("500 nm", DOUBLE_CELL)
                .column("510 nm", DOUBLE_CELL).column("520 nm", DOUBLE_CELL).row(1, 1.0, 0.5, 0.0)
                .row(2, 0.0, 0.5, 1.0);
        Flow f = new Flow("SegmentationRenderer_runs",
                "Renders a 3 x 2 segmentation with a hole, its responsibility maps and two spikes (the optional band-"
                        + "axis input left unconnected); the testflow checks that the node executes.");
        f.testConfig(1);
        f.tableCreator(2, pixels);
        f.tableCreator(3, spikes);
        f.ours(4, RENDERER, SegmentationRendererSettings.DECLARATION, Map.of(), null);
        f.connect(2, 1, 4, 1);
        f.connect(3, 1, 4, 2);
        return f;
    }

    /**
     * The k-Means Segmenter core's labels (0-based) for the node's default settings with K = 2, one thread: the
     * group numbering is the engine's (k-means++ from seed 0), the grouping itself is checked by the caller.
     */
    private static int[] kmeansLabels(double[][] spectra) throws LintException {
        int d = spectra[0].length;
        SpectralColumns cols = new SpectralColumns(java.util.stream.IntStream.range(0, d).mapToObj(f -> "b" + f)
                .toList(), java.util.stream.IntStream.range(0, d).toArray(), BandAxis.indices(d), -1, -1);
        try {
            KMeansSegmenterCore.Result r = KMeansSegmenterCore.execute(
                    PixelData.of(cols, SpectralMatrix.of(spectra)), NodeDefaults.kmeans(2), ProgressMonitor.NONE);
            int[] labels = new int[spectra.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (Integer) r.pixels().row(i)[0] - 1;
            }
            return labels;
        } catch (CanceledException | CoreInputException e) {
            throw new LintException("the k-means core refused the testflow's pixels: " + e.getMessage());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Flow readerNpyInWorkflow() throws LintException {
        String[] bands = {"band 0", "band 1", "band 2", "band 3"};
        // 2 x 3 pixels, values exact in float32
        double[][] spectra = {{1, 2, 3, 4}, {0.5, 0.25, 8, -1}, {10, 20, 30, 40}, {-2, 0, 2, 4}, {7, 7.5, 6, 1},
                {0, 0, 0, 1}};
        Flow f = new Flow("SpectralCubeReader_npy_in_workflow",
                "Reads a 2 x 3 x 4 float32 NumPy cube stored in the workflow folder through "
                        + "knime://knime.workflow/cube.npy and compares the pixel table with the values written.");
        f.testConfig(1);
        f.dataFile("cube.npy", npyCube(2, 3, spectra));
        f.ours(2, READER, SpectralCubeReaderSettings.DECLARATION,
                Map.of(SpectralCubeReaderSettings.FILE.key(), WORKFLOW_URL + "cube.npy"), null);
        f.tableCreator(3, pixels(bands, spectra, false));
        // the reader's band columns carry the band value and unit as column properties; the creator's do not
        f.differenceChecker(4, pixels(bands, spectra, false), true);
        f.connect(2, 1, 4, 1);
        f.connect(3, 1, 4, 2);
        return f;
    }

    private Flow scorerWithReferenceTable() throws LintException {
        // the reference as its own table, rows in another order, labels as whole-number doubles, pixel (1, 1) absent
        // and pixel (2, 1) labelled 0: 4 scored pixels whose clusters 5 and 7 are the classes 1 and 2 renamed
        Table pixels = new Table().column("x", INT_CELL).column("y", INT_CELL).column("cluster", INT_CELL)
                .row(0, 0, 5).row(1, 0, 5).row(2, 0, 7).row(0, 1, 7).row(1, 1, 5).row(2, 1, 7);
        Table reference = new Table().column("x", INT_CELL).column("y", INT_CELL).column("band 0", DOUBLE_CELL)
                .row(2, 1, 0.0).row(0, 1, 2.0).row(1, 0, 1.0).row(2, 0, 2.0).row(0, 0, 1.0);
        Table expected = scores(1.0, 1.0, 1.0, 4, 2, 0);
        Flow f = new Flow("SegmentationScorer_reference_table",
                "Scores a segmentation against a reference given as its own table (x, y and a double label column, "
                        + "as a label image read by the Spectral Cube Reader), matched by coordinates, and compares "
                        + "with the values known by construction.");
        f.twoInputsChecked(pixels, reference, SCORER, SegmentationScorerSettings.DECLARATION, expected);
        return f;
    }

    /**
     * The end-to-end testflow mirroring {@code spikemix segment}: reader → normalizer → SMM, GMM and k-means →
     * renderer and evaluators, on a generated cube the workflow carries, with every score compared with the engine
     * path computed by {@link SegmentFixture}.
     */
    private Flow segmentEndToEnd(SegmentFixture fx) throws LintException {
        Flow f = new Flow("Segment_end_to_end",
                "Reads a generated 24 x 32 pixel, 16-band phantom (ENVI, in the workflow folder), min-max normalizes "
                        + "it, segments it with SMM, GMM and k-means (K = 3), renders the SMM segmentation, scores "
                        + "the three segmentations against the phantom's label image and the SMM spikes (undone to "
                        + "raw units with the normalization model) against the true spikes, and compares every "
                        + "score with the engine's, computed on the same files.");
        for (Map.Entry<String, byte[]> d : fx.files.entrySet()) {
            f.dataFile(d.getKey(), d.getValue());
        }
        String k = Integer.toString(SegmentFixture.K);
        f.testConfig(1);
        f.ours(2, READER, SpectralCubeReaderSettings.DECLARATION,
                Map.of(SpectralCubeReaderSettings.FILE.key(), WORKFLOW_URL + SegmentFixture.CUBE_HDR), null);
        f.ours(3, NORMALIZER, SpectralNormalizerSettings.DECLARATION,
                Map.of(SpectralNormalizerSettings.METHOD.key(), "minmax"), fx.bandNames);
        f.ours(4, SMM_LEARNER, SmmLearnerSettings.DECLARATION,
                Map.of(SmmLearnerSettings.K.key(), k, SmmLearnerSettings.THREADS.key(), "1",
                        SmmLearnerSettings.SPIKE_UNITS.key(), SmmLearnerSettings.RAW), fx.bandNames);
        f.ours(5, GMM_EXTRACTOR, GmmSpikeExtractorSettings.DECLARATION,
                Map.of(GmmSpikeExtractorSettings.K.key(), k, GmmSpikeExtractorSettings.THREADS.key(), "1"),
                fx.bandNames);
        f.ours(6, KMEANS, KMeansSegmenterSettings.DECLARATION,
                Map.of(KMeansSegmenterSettings.K.key(), k, KMeansSegmenterSettings.THREADS.key(), "1"),
                fx.bandNames);
        f.ours(7, READER, SpectralCubeReaderSettings.DECLARATION,
                Map.of(SpectralCubeReaderSettings.FILE.key(), WORKFLOW_URL + SegmentFixture.TRUTH_NPY), null);
        f.connect(2, 1, 3, 1);
        f.connect(3, 1, 4, 1);
        f.connect(3, 2, 4, 2);
        f.connect(3, 1, 5, 1);
        f.connect(3, 1, 6, 1);
        int id = 8;
        int[] clustered = {4, 2, 5, 2, 6, 1};
        ScoreReport[] reports = {fx.smmScores, fx.gmmScores, fx.kmeansScores};
        for (int m = 0; m < reports.length; m++) {
            Table expected = scores(reports[m].scoreValues(), reports[m].countValues());
            f.ours(id, SCORER, SegmentationScorerSettings.DECLARATION, Map.of(), null);
            f.tableCreator(id + 1, expected);
            f.differenceChecker(id + 2, expected);
            f.connect(clustered[2 * m], clustered[2 * m + 1], id, 1);
            f.connect(7, 1, id, 2);
            f.connect(id, 1, id + 2, 1);
            f.connect(id + 1, 1, id + 2, 2);
            id += 3;
        }
        f.ours(id, RENDERER, SegmentationRendererSettings.DECLARATION,
                Map.of(SegmentationRendererSettings.TITLE.key(), "SMM, K = 3"), null);
        f.connect(4, 2, id, 1);
        f.connect(4, 1, id, 2);
        f.connect(2, 2, id, 3);
        id++;
        Table truth = new Table();
        for (String b : fx.bandNames) {
            truth.column(b, DOUBLE_CELL);
        }
        for (double[] spike : fx.truthSpikes) {
            Object[] cells = new Object[spike.length];
            for (int j = 0; j < spike.length; j++) {
                cells[j] = spike[j];
            }
            truth.row(cells);
        }
        SpikeSetReport r = fx.smmSpikes;
        Table expected = new Table().column(SpikeSetReport.HAUSDORFF_EUCLIDEAN, DOUBLE_CELL)
                .column(SpikeSetReport.HAUSDORFF_COSINE, DOUBLE_CELL).column(SpikeSetReport.ESTIMATED_COUNT, INT_CELL)
                .column(SpikeSetReport.REFERENCE_COUNT, INT_CELL).column(SpikeSetReport.FEATURE_COUNT, INT_CELL)
                .row(r.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN), r.hausdorff(SpikeDistance.ABS_COSINE),
                        r.estimatedCount(), r.referenceCount(), r.featureCount());
        f.tableCreator(id, truth);
        f.ours(id + 1, EVALUATOR, SpikeSetEvaluatorSettings.DECLARATION, Map.of(), null);
        f.tableCreator(id + 2, expected);
        f.differenceChecker(id + 3, expected);
        f.connect(4, 1, id + 1, 1);
        f.connect(id, 1, id + 1, 2);
        f.connect(id + 1, 1, id + 3, 1);
        f.connect(id + 2, 1, id + 3, 2);
        return f;
    }

    /** The Segmentation Scorer's summary row as a table. */
    private static Table scores(double ari, double nmi, double accuracy, long scored, long unlabelled, long masked) {
        return new Table().column(ScoreReport.ARI, DOUBLE_CELL).column(ScoreReport.NMI, DOUBLE_CELL)
                .column(ScoreReport.ACCURACY, DOUBLE_CELL).column(ScoreReport.SCORED, LONG_CELL)
                .column(ScoreReport.UNLABELLED, LONG_CELL).column(ScoreReport.MASKED, LONG_CELL)
                .row(ari, nmi, accuracy, scored, unlabelled, masked);
    }

    private static Table scores(double[] values, long[] counts) {
        return scores(values[0], values[1], values[2], counts[0], counts[1], counts[2]);
    }

    /** An H x W x B float32 .npy of the given pixel spectra (row-major pixels), as the engine writes it. */
    private static byte[] npyCube(int height, int width, double[][] spectra) throws LintException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("spikemix-testflow", ".npy");
            SpectralCube cube = SpectralCube.full(height, width, SpectralMatrix.of(spectra),
                    BandAxis.indices(spectra[0].length));
            NpyWriter.write(tmp, cube, ProgressMonitor.NONE);
            return Files.readAllBytes(tmp);
        } catch (IOException | CanceledException e) {
            throw new LintException("cannot write the test cube: " + e.getMessage());
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    /** The identity of a node as saved in its settings.xml. */
    private static final class NodeInfo {
        final String name;
        final String factory;
        final String bundleName;
        final String bundleSymbolicName;
        final String vendor;
        final String version;
        final int outPorts;
        final XmlConfigWriter.Config model = new XmlConfigWriter.Config("model");

        NodeInfo(String name, String factory, String bundleName, String bundleSymbolicName, String vendor,
                String version, int outPorts) {
            this.name = name;
            this.factory = factory;
            this.bundleName = bundleName;
            this.bundleSymbolicName = bundleSymbolicName;
            this.vendor = vendor;
            this.version = version;
            this.outPorts = outPorts;
        }

        /** The settings.xml of a configured, not executed native node (knime-api-facts §3.3). */
        XmlConfigWriter.Config settingsXml() {
            XmlConfigWriter.Config s = new XmlConfigWriter.Config("settings.xml");
            s.string("node_file", "settings.xml").emptyConfig("flow_stack");
            s.config("internal_node_subsettings").string("memory_policy", "CacheSmallInMemory");
            s.add(model);
            s.nullString("customDescription").string("state", "CONFIGURED").string("factory", factory)
                    .string("node-name", name).string("node-bundle-name", bundleName)
                    .string("node-bundle-symbolic-name", bundleSymbolicName).string("node-bundle-vendor", vendor)
                    .string("node-bundle-version", version).nullString("node-feature-name")
                    .nullString("node-feature-symbolic-name").nullString("node-feature-vendor")
                    .string("node-feature-version", "0.0.0").emptyConfig("factory_settings").string("name", name)
                    .bool("hasContent", false).bool("isInactive", false);
            XmlConfigWriter.Config ports = s.config("ports");
            for (int p = 1; p <= outPorts; p++) {
                ports.config("port_" + p).integer("index", p).nullString("port_dir_location");
            }
            s.config("filestores").nullString("file_store_location").nullString("file_store_id");
            return s;
        }
    }

    /** One testflow being built: nodes by id and connections. */
    private final class Flow {
        private final String name;
        private final String description;
        private final Map<Integer, NodeInfo> nodes = new TreeMap<>();
        private final List<int[]> connections = new ArrayList<>();
        private final Map<String, byte[]> data = new TreeMap<>();

        Flow(String name, String description) {
            this.name = name;
            this.description = description;
        }

        void testConfig(int id) {
            XmlConfigWriter.Config m = add(id, new NodeInfo("Testflow Configuration",
                    "org.knime.testing.node.config.TestConfigNodeFactory", "Test-Node extension for KNIME Workbench",
                    "org.knime.testing", "KNIME AG, Zurich, Switzerland", "5.5.0", 0));
            m.string("owner", "spikemix");
            for (String k : List.of("requiredLogErrors", "requiredLogWarnings", "requiredLogInfos",
                    "optionalLogMessages", "failingNodes")) {
                m.stringArray(k, List.of());
            }
            m.config("requiredNodeWarnings").integer("count", 0);
            m.config("requiredNodeErrors").integer("count", 0);
            m.integer("timeout", 60).integer("maxHilitedRows", 2500).stringArray("usedJanitors", List.of())
                    .bool("streamingTest", false).bool("testNodesInComponents", true)
                    .string("requiredLoadVersion", WORKFLOW_VERSION)
                    .stringArray("supportedTableBackends",
                            List.of("org.knime.core.data.container.BufferedTableBackend"));
        }

        void tableCreator(int id, Table t) {
            XmlConfigWriter.Config m = add(id, new NodeInfo("Table Creator",
                    "org.knime.base.node.io.tablecreator.TableCreator2NodeFactory", "KNIME Base Nodes",
                    "org.knime.base", "KNIME AG, Zurich, Switzerland", "5.5.0", 1));
            List<Integer> rowIdx = new ArrayList<>();
            List<Integer> colIdx = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int r = 0; r < t.rows.size(); r++) {
                for (int c = 0; c < t.names.size(); c++) {
                    rowIdx.add(r);
                    colIdx.add(c);
                    values.add(t.rows.get(r).get(c));
                }
            }
            m.intArray("rowIndices", rowIdx).intArray("columnIndices", colIdx).stringArray("values", values);
            m.string("rowIdPrefix", "Row").string("rowIdSuffix", "").integer("rowIdStartValue", 0)
                    .bool("highlightOutputTable", false);
            XmlConfigWriter.Config props = m.config("columnProperties");
            for (int c = 0; c < t.names.size(); c++) {
                XmlConfigWriter.Config p = props.config(Integer.toString(c));
                p.bool("UserSetValues", false).string("MissValuePattern", "").bool("ReadPossValsFromFile", false)
                        .bool("SkipThisColumn", false).string("ColumnName", t.names.get(c));
                p.config("ColumnClass").string("cell_class", t.types.get(c)).bool("is_null", false);
            }
        }

        void differenceChecker(int id, Table reference) {
            differenceChecker(id, reference, false);
        }

        /**
         * A difference checker comparing every column with equality; {@code ignoreColumnProperties} for tables whose
         * columns carry our band properties (reader output) compared with a Table Creator's plain columns.
         */
        void differenceChecker(int id, Table reference, boolean ignoreColumnProperties) {
            XmlConfigWriter.Config m = add(id, new NodeInfo("Table Difference Checker",
                    "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory",
                    "Test-Node extension for KNIME Workbench", "org.knime.testing", "KNIME AG, Zurich, Switzerland",
                    "5.5.0", 0));
            for (String col : reference.names) {
                XmlConfigWriter.Config c = m.config("columnConfig_" + col);
                c.string("checkerFactory", "org.knime.testing.internal.diffcheckers.EqualityChecker$Factory");
                XmlConfigWriter.Config internals = c.config("internals");
                internals.config("ignoreColumnProperties_Internals").string("SettingsModelID", "SMID_boolean")
                        .bool("EnabledStatus", true);
                internals.bool("ignoreColumnProperties", ignoreColumnProperties);
            }
        }

        /**
         * One of our nodes with its model settings generated from the declaration, in the layout KNIME's settings
         * models write: defaults overridden by {@code values}; a column filter includes {@code spectral} and
         * excludes the coordinates.
         */
        void ours(int id, String factory, NodeDeclaration decl, Map<String, String> values, List<String> spectral)
                throws LintException {
            String bundle = factory.substring(0, factory.indexOf('.', "io.spikemix.knime.".length()));
            BundleManifest mf = BundleManifest.read(repo.resolve("plugins/" + bundle));
            XmlConfigWriter.Config m = add(id, new NodeInfo(decl.name(), factory, mf.header("Bundle-Name"),
                    mf.symbolicName(), mf.header("Bundle-Vendor"), mf.header("Bundle-Version"),
                    decl.outPorts().size()));
            for (SettingDef d : decl.settings()) {
                m.config(d.key() + SettingDef.INTERNALS_SUFFIX).string("SettingsModelID", d.kind().settingsModelId())
                        .bool("EnabledStatus", true);
                if (d.kind() == SettingKind.COLUMN_FILTER) {
                    XmlConfigWriter.Config f = m.config(d.key());
                    f.string("filter-type", "STANDARD").stringArray("included_names", spectral)
                            .stringArray("excluded_names", List.of("x", "y"))
                            .string("enforce_option", "EnforceExclusion");
                    f.config("name_pattern").string("pattern", "").string("type", "Wildcard")
                            .bool("caseSensitive", true).bool("excludeMatching", false);
                    f.config("datatype").config("typelist");
                    continue;
                }
                Object v = values.containsKey(d.key()) ? values.get(d.key()) : d.defaultValue();
                m.entry(d.key(), d.kind().entryType(), String.valueOf(v));
            }
        }

        /**
         * The whole flow of a two-input node checked on its first output: Testflow Configuration (1), Table Creators
         * for both inputs (2, 3), the node with its default settings (4), the expected table (5) and a difference
         * checker (6).
         */
        void twoInputsChecked(Table first, Table second, String factory, NodeDeclaration decl, Table expected)
                throws LintException {
            testConfig(1);
            tableCreator(2, first);
            tableCreator(3, second);
            ours(4, factory, decl, Map.of(), null);
            tableCreator(5, expected);
            differenceChecker(6, expected);
            connect(2, 1, 4, 1);
            connect(3, 1, 4, 2);
            connect(4, 1, 6, 1);
            connect(5, 1, 6, 2);
        }

        /** Connects data port {@code sourcePort} to {@code destPort}, both 1-based (0 is the flow-variable port). */
        void connect(int source, int sourcePort, int dest, int destPort) {
            connections.add(new int[] {source, sourcePort, dest, destPort});
        }

        private XmlConfigWriter.Config add(int id, NodeInfo node) {
            nodes.put(id, node);
            return node.model;
        }

        /** A data file the workflow carries in its folder, read by its nodes through knime://knime.workflow/NAME. */
        void dataFile(String fileName, byte[] content) {
            data.put(fileName, content);
        }

        void render(Map<String, byte[]> files) {
            for (Map.Entry<String, byte[]> d : data.entrySet()) {
                files.put(name + "/" + d.getKey(), d.getValue());
            }
            XmlConfigWriter.Config w = new XmlConfigWriter.Config("workflow.knime");
            w.string("created_by", "5.5.0").bool("created_by_nightly", false).string("version", WORKFLOW_VERSION)
                    .nullString("name");
            w.config("authorInformation").string("authored-by", "SpikeMix TestWorkflowWriter")
                    .string("authored-when", "2026-11-22 00:00:00 +0000")
                    .string("lastEdited-by", "SpikeMix TestWorkflowWriter")
                    .string("lastEdited-when", "2026-11-22 00:00:00 +0000");
            w.string("customDescription", description).string("state", "CONFIGURED")
                    .emptyConfig("workflow_credentials");
            XmlConfigWriter.Config nodeConfigs = w.config("nodes");
            int column = 0;
            for (Map.Entry<Integer, NodeInfo> n : nodes.entrySet()) {
                int id = n.getKey();
                String folder = n.getValue().name + " (#" + id + ")";
                XmlConfigWriter.Config c = nodeConfigs.config("node_" + id);
                c.integer("id", id).string("node_settings_file", folder + "/settings.xml").bool("node_is_meta", false)
                        .string("node_type", "NativeNode")
                        .string("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
                c.config("ui_settings").intArray("extrainfo.node.bounds",
                        List.of(60 + 160 * (column % 4), 80 + 140 * (column / 4), 100, 80));
                column++;
                files.put(name + "/" + folder + "/settings.xml",
                        utf8(XmlConfigWriter.render(n.getValue().settingsXml())));
            }
            XmlConfigWriter.Config conns = w.config("connections");
            for (int i = 0; i < connections.size(); i++) {
                int[] k = connections.get(i);
                conns.config("connection_" + i).integer("sourceID", k[0]).integer("destID", k[2])
                        .integer("sourcePort", k[1]).integer("destPort", k[3]);
            }
            w.config("workflow_editor_settings").bool("workflow.editor.snapToGrid", true)
                    .bool("workflow.editor.ShowGrid", false).integer("workflow.editor.gridX", 20)
                    .integer("workflow.editor.gridY", 20).real("workflow.editor.zoomLevel", 1.0)
                    .bool("workflow.editor.curvedConnections", false).integer("workflow.editor.connectionWidth", 1);
            files.put(name + "/workflow.knime", utf8(XmlConfigWriter.render(w)));
        }
    }
}
