package io.spikemix.lint;

import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings;
import io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings;
import io.spikemix.knime.smm.learner.SmmLearnerSettings;

/**
 * The engine options the fitting nodes use with their default settings, K set and one thread (as the testflows
 * configure them), mapped by the nodes' own settings classes, so that expected values are computed exactly as the
 * nodes will compute them.
 */
final class NodeDefaults {

    private NodeDefaults() {
    }

    static SpikedMixtureOptions smm(int k) {
        return SmmLearnerSettings.options(k, SmmLearnerSettings.schedule(SmmLearnerSettings.PRESET.defaultString(),
                SmmLearnerSettings.N1.defaultInt(), SmmLearnerSettings.D1.defaultInt(),
                SmmLearnerSettings.N2.defaultInt(), SmmLearnerSettings.D2.defaultInt(),
                SmmLearnerSettings.TOL.defaultDouble(), SmmLearnerSettings.MAX_ITER.defaultInt()),
                SmmLearnerSettings.DELTA.defaultDouble(), SmmLearnerSettings.SEED.defaultInt(), 1);
    }

    static GaussianMixtureOptions gmm(int k) {
        return GmmSpikeExtractorSettings.options(k, GmmSpikeExtractorSettings.INIT.defaultString(),
                GmmSpikeExtractorSettings.N_INIT.defaultInt(), GmmSpikeExtractorSettings.MAX_ITER.defaultInt(),
                GmmSpikeExtractorSettings.TOL.defaultDouble(), GmmSpikeExtractorSettings.REG_COVAR.defaultDouble(),
                GmmSpikeExtractorSettings.ZERO_MEAN.defaultBoolean(), GmmSpikeExtractorSettings.SEED.defaultInt(), 1);
    }

    static KMeansOptions kmeans(int k) {
        return KMeansSegmenterSettings.options(k, KMeansSegmenterSettings.N_INIT.defaultInt(),
                KMeansSegmenterSettings.MAX_ITER.defaultInt(), KMeansSegmenterSettings.TOL.defaultDouble(),
                KMeansSegmenterSettings.SEED.defaultInt(), 1);
    }
}
