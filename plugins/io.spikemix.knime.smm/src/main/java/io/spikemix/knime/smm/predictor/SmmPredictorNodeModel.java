package io.spikemix.knime.smm.predictor;

import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.APPEND_RESPONSIBILITIES;
import static io.spikemix.knime.smm.predictor.SmmPredictorSettings.DECLARATION;

import java.util.Arrays;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.MixturePredictorNodeModel;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.smm.port.SmmPortObject;
import io.spikemix.knime.smm.port.SmmPortObjectSpec;

/**
 * SMM Predictor: assigns the pixels of a table to the spikes of a fitted spiked mixture model (argmax of the
 * engine's responsibilities). Refuses tables lacking any of the model's spectral columns, naming them.
 */
final class SmmPredictorNodeModel extends MixturePredictorNodeModel {

    SmmPredictorNodeModel() {
        super(PortTypes.of(DECLARATION.inPorts(), SmmPortObject.class),
                PortTypes.of(DECLARATION.outPorts(), SmmPortObject.class), SettingsModels.of(DECLARATION),
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
    protected Assignment assign(PortObject port, SpectralMatrix data, boolean withResponsibilities,
            ExecutionContext exec) throws CanceledExecutionException {
        SpikedMixtureModel model = ((SmmPortObject) port).content().model();
        int k = model.k();
        // one batched, multi-threaded pass scores every pixel; labels are the argmax of the same values
        double[] resp = KnimeProgress.run(exec, 0, 0.5,
                m -> model.responsibilities(data, Runtime.getRuntime().availableProcessors(), m));
        return new Assignment(k, SpikedMixtureModel.labels(resp, k),
                row -> Arrays.copyOfRange(resp, row * k, (row + 1) * k), 0.5);
    }
}
