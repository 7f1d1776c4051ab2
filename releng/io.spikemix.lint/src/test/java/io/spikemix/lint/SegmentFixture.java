package io.spikemix.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.BandColumnNames;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorCore;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings;
import io.spikemix.knime.kmeans.segmenter.KMeansSegmenterCore;
import io.spikemix.knime.normalize.normalizer.SpectralNormalizerCore;
import io.spikemix.knime.smm.learner.SmmLearnerCore;
import io.spikemix.knime.smm.learner.SmmLearnerSettings;
import io.spikemix.knime.evaluate.scorer.ScoreReport;
import io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings;
import io.spikemix.knime.evaluate.spikes.SpikeSetReport;

/**
 * The small generated cube of the end-to-end testflow and what its nodes must output, computed on the engine path
 * the nodes take: the cube as the engine reads the committed files back, min-max normalization fitted on all pixels,
 * then the SMM, GMM and k-means fitters with the options the nodes' settings map to (node defaults, K = 3, one
 * thread), the SMM spikes undone to raw units with that normalization (as the SMM Learner's 'Spike units' = raw
 * does), scored by the Segmentation Scorer's and Spike Set Evaluator's own report classes.
 *
 * <p>The nodes move every value through tables as doubles of float32 values, which is exact, so the testflow can
 * compare with equality.
 */
final class SegmentFixture {

    static final int K = 3;
    static final String CUBE_HDR = "cube.hdr";
    static final String CUBE_IMG = "cube.img";
    static final String TRUTH_NPY = "truth-labels.npy";

    private static final PhantomOptions PHANTOM = new PhantomOptions(24, 32, 16, K, 0.01, 4L);

    final Map<String, byte[]> files = new LinkedHashMap<>();
    final List<String> bandNames;
    final double[][] truthSpikes;
    final int[] truthLabels;
    final ScoreReport smmScores;
    final ScoreReport gmmScores;
    final ScoreReport kmeansScores;
    final SpikeSetReport smmSpikes;

    private SegmentFixture(SpikedPhantom phantom, SpectralCube cube, Map<String, byte[]> written)
            throws LintException {
        files.putAll(written);
        bandNames = BandColumnNames.names(cube.bands(), Set.of("x", "y"));
        truthSpikes = phantom.spikes();
        truthLabels = phantom.labels();
        // every expected value comes from the node cores, the code the nodes run, with the nodes' default settings
        List<String> names = bandNames;
        SpectralColumns cols = new SpectralColumns(names, IntStream.range(2, names.size() + 2).toArray(),
                cube.bands(), 0, 1);
        try {
            SpectralNormalizerCore.Result norm = SpectralNormalizerCore.execute(PixelData.of(cols, cube.spectra()),
                    NormalizationMethod.MINMAX, false, ProgressMonitor.NONE);
            PixelData data = PixelData.of(cols, norm.spectra().values());
            // the SMM Learner with 'Spike units' = raw undoes each spike with the normalization it was given
            SmmLearnerCore.Result smm = SmmLearnerCore.execute(data, NodeDefaults.smm(K), false,
                    SmmLearnerSettings.RAW, norm.model(), 1, ProgressMonitor.NONE);
            GmmSpikeExtractorCore.Result gmm = GmmSpikeExtractorCore.execute(data, NodeDefaults.gmm(K), false,
                    GmmSpikeExtractorSettings.SAMPLE.defaultInt(), GmmSpikeExtractorSettings.BUDGET.defaultDouble(),
                    ProgressMonitor.NONE);
            KMeansSegmenterCore.Result km = KMeansSegmenterCore.execute(data, NodeDefaults.kmeans(K),
                    ProgressMonitor.NONE);
            smmScores = new ScoreReport(truthLabels, clusters(smm.pixels()));
            gmmScores = new ScoreReport(truthLabels, clusters(gmm.pixels()));
            kmeansScores = new ScoreReport(truthLabels, clusters(km.pixels()));
            double[][] rawSpikes = new double[K][names.size()];
            int first = smm.spikes().columns().size() - names.size();
            for (int k = 0; k < K; k++) {
                for (int f = 0; f < names.size(); f++) {
                    rawSpikes[k][f] = (Double) smm.spikes().value(k, first + f);
                }
            }
            smmSpikes = new SpikeSetReport(truthSpikes, keys("truth", K), rawSpikes, keys("spike", K),
                    SpikeSetReport.distance(SpikeSetEvaluatorSettings.MATCHING_DISTANCE.defaultString()));
        } catch (CanceledException | CoreInputException e) {
            throw new LintException("a node core refused the end-to-end phantom: " + e.getMessage());
        }
        // the testflow is only worth running if the SMM actually recovers the phantom's regions
        if (smmScores.scoreValues()[0] < 0.9) {
            throw new LintException("The SMM does not segment the end-to-end phantom (ARI "
                    + smmScores.scoreValues()[0] + "); choose another phantom seed.");
        }
    }

    /** The fixture of this JVM: generation is deterministic, and several lint tests need it. */
    private static SegmentFixture cached;

    /** The fixture, generated once per JVM (the three fits take a few seconds). */
    static synchronized SegmentFixture get() throws LintException {
        if (cached == null) {
            cached = generate();
        }
        return cached;
    }

    /** Generates the phantom, writes the cube (ENVI) and the truth labels (.npy) and reads the cube back. */
    private static SegmentFixture generate() throws LintException {
        SpikedPhantom phantom = SpikedPhantom.generate(PHANTOM);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("spikemix-e2e");
            Path hdr = dir.resolve(CUBE_HDR);
            EnviWriter.write(phantom.cube(), hdr, ProgressMonitor.NONE);
            NpyWriter.write(dir.resolve(TRUTH_NPY), labelImage(phantom.labels()), ProgressMonitor.NONE);
            Map<String, byte[]> written = new LinkedHashMap<>();
            for (String name : List.of(CUBE_HDR, CUBE_IMG, TRUTH_NPY)) {
                written.put(name, Files.readAllBytes(dir.resolve(name)));
            }
            SpectralCube cube = SpectralReaders.read(hdr, ReadOptions.defaults(), ProgressMonitor.NONE);
            return new SegmentFixture(phantom, cube, written);
        } catch (IOException | CanceledException e) {
            throw new LintException("cannot write the end-to-end cube: " + e.getMessage());
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The labels as an H x W x 1 float32 cube (whole numbers, exact), the shape a label image has. */
    private static SpectralCube labelImage(int[] labels) {
        SpectralMatrix m = SpectralMatrix.allocate(labels.length, 1);
        for (int i = 0; i < labels.length; i++) {
            m.set(i, 0, labels[i]);
        }
        return SpectralCube.full(PHANTOM.height(), PHANTOM.width(), m, BandAxis.indices(1));
    }

    /** The 1-based cluster column a core appended (the first appended column). */
    private static int[] clusters(Appended pixels) {
        int[] out = new int[pixels.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Integer) pixels.row(i)[0];
        }
        return out;
    }

    private static List<String> keys(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + " " + (i + 1));
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
