package io.spikemix.knime.gmm.predictor;

import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.gmm.predictor.GmmPredictorSettings.DECLARATION;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.MixturePredictorNodeModel;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.gmm.port.GmmPortObject;
import io.spikemix.knime.gmm.port.GmmPortObjectSpec;

/**
 * GMM Predictor: assigns the pixels of a table to the components of a fitted Gaussian mixture (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class GmmPredictorNodeModel extends MixturePredictorNodeModel {

    GmmPredictorNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), GmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), GmmPortObject.class),
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
    protected MixturePredictorCore.Scorer scorer(PortObject port, int threads) {
        return ((GmmPortObject) port).content().scorer(threads);
    }
}
