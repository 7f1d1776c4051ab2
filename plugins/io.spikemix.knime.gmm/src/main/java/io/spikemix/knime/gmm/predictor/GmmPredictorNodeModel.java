package io.spikemix.knime.gmm.predictor;

import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.DECLARATION;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.MixturePredictorNodeModel;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.gmm.port.GmmPortObject;
import io.spikemix.knime.gmm.port.GmmPortObjectSpec;

/**
 * GMM Predictor: assigns the pixels of a table to the components of a fitted Gaussian mixture (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class GmmPredictorNodeModel extends MixturePredictorNodeModel {

    GmmPredictorNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), GmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), GmmPortObject.class), SettingsModels.of(DECLARATION),
                APPEND_RESPONSIBILITIES, "the Gaussian mixture model");
    }

    @Override
    protected MixtureSpecContent specContent(PortObjectSpec modelSpec) {
        return modelSpec == null ? null : ((GmmPortObjectSpec) modelSpec).content();
    }

    @Override
    protected MixtureSpecContent specContent(PortObject model) {
        return ((GmmPortObject) model).content().spec();
    }

    @Override
    protected Assignment assign(PortObject port, SpectralMatrix data, boolean withResponsibilities,
            ExecutionContext exec) throws CanceledExecutionException {
        GaussianMixtureModel model = ((GmmPortObject) port).content().model();
        int threads = Runtime.getRuntime().availableProcessors();
        KnimeProgress progress = KnimeProgress.of(exec);
        int[] labels;
        SpectralMatrix resp;
        try {
            // one E-step: labels from the engine (argmax in double precision), responsibilities as the extractor
            // outputs them (float32)
            GaussianMixtureModel.Assignment a = model.assign(data, threads, progress.subRange(0.3, 0.6));
            labels = a.labels();
            resp = withResponsibilities ? a.responsibilities() : null;
        } catch (CanceledException e) {
            throw KnimeProgress.toKnime(e);
        }
        int k = model.k();
        return new Assignment(k, labels, row -> {
            double[] r = new double[k];
            resp.getRow(row, r);
            return r;
        }, 0.4);
    }
}
