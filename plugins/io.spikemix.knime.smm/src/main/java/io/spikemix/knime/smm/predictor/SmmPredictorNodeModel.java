package io.spikemix.knime.smm.predictor;

import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.DECLARATION;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.MixturePredictorNodeModel;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.smm.port.SmmPortObject;
import io.spikemix.knime.smm.port.SmmPortObjectSpec;

/**
 * SMM Predictor: assigns the pixels of a table to the spikes of a fitted spiked mixture model (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class SmmPredictorNodeModel extends MixturePredictorNodeModel {

    SmmPredictorNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), SmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), SmmPortObject.class),
                APPEND_RESPONSIBILITIES, "the spiked mixture model");
    }

    @Override
    protected MixtureSpecContent specContent(PortObjectSpec modelSpec) {
        return modelSpec == null ? null : ((SmmPortObjectSpec) modelSpec).content().mixture();
    }

    @Override
    protected MixtureSpecContent specContent(PortObject model) {
        return ((SmmPortObject) model).content().spec();
    }

    @Override
    protected MixturePredictorCore.Scorer scorer(PortObject port, int threads) {
        return ((SmmPortObject) port).content().scorer(threads);
    }
}
