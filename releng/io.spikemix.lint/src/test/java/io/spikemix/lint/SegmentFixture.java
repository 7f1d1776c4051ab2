package io.spikemix.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;
import io.spikemix.knime.base.table.BandColumnNames;
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
        try {
            SpectralMatrix raw = cube.spectra();
            NormalizationModel norm = NormalizationModel.fit(NormalizationMethod.MINMAX, raw, NonFinitePolicy.REJECT,
                    ProgressMonitor.NONE);
            SpectralMatrix data = norm.apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
            SpikedMixtureModel smm = new SpikedMixtureFitter(NodeDefaults.smm(K)).fit(data, ProgressMonitor.NONE);
            GaussianMixtureModel gmm = new GaussianMixtureFitter(NodeDefaults.gmm(K)).fit(data, ProgressMonitor.NONE);
            KMeansModel km = new KMeansFitter(NodeDefaults.kmeans(K)).fit(data, ProgressMonitor.NONE);
            smmScores = new ScoreReport(truthLabels, oneBased(smm.labels()));
            gmmScores = new ScoreReport(truthLabels, oneBased(gmm.labels()));
            kmeansScores = new ScoreReport(truthLabels, oneBased(km.labels()));
            // the SMM Learner with 'Spike units' = raw undoes each spike with the normalization it was given
            double[][] rawSpikes = smm.spikes();
            for (int k = 0; k < rawSpikes.length; k++) {
                rawSpikes[k] = norm.undo(rawSpikes[k]);
            }
            smmSpikes = new SpikeSetReport(truthSpikes, keys("truth", K), rawSpikes, keys("spike", K),
                    SpikeSetReport.distance(SpikeSetEvaluatorSettings.MATCHING_DISTANCE.defaultString()));
        } catch (CanceledException e) {
            throw new LintException("never cancelled: " + e.getMessage());
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

    private static int[] oneBased(int[] labels) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = labels[i] + 1;
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
