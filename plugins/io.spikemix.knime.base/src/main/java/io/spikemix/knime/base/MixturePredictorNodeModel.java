package io.spikemix.knime.base;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.table.CoreTables;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The shared body of the mixture predictor nodes (SMM and GMM Predictor): in port 0 a fitted model, in port 1 a
 * pixel table; out the table with the cluster column and, when asked, one responsibility column per component.
 * Refuses tables lacking any of the model's spectral columns, naming them. A subclass says how to read its model
 * port and how its model scores data; the work is {@link MixturePredictorCore}'s.
 */
public abstract class MixturePredictorNodeModel extends SpikeMixNodeModel {

    private final SettingDef appendResponsibilities;
    private final String what;

    /**
     * @param declaration the node's declaration (settings and ports)
     * @param appendResponsibilities the boolean setting "append responsibility columns"
     * @param what the model as named in messages, e.g. "the spiked mixture model"
     */
    protected MixturePredictorNodeModel(NodeDeclaration declaration, PortType[] inPorts, PortType[] outPorts,
            SettingDef appendResponsibilities, String what) {
        super(declaration, inPorts, outPorts);
        this.appendResponsibilities = appendResponsibilities;
        this.what = what;
    }

    /** The content of the model port's spec, or null while it is not known. */
    protected abstract MixtureSpecContent specContent(PortObjectSpec modelSpec);

    /** The content of the fitted model's spec. */
    protected abstract MixtureSpecContent specContent(PortObject model);

    /** How the fitted {@code model} scores data. */
    protected abstract MixturePredictorCore.Scorer scorer(PortObject model, int threads);

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        MixtureSpecContent content = specContent(inSpecs[0]);
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (content == null) {
            return new PortObjectSpec[] {null};
        }
        try {
            return new PortObjectSpec[] {CoreTables.appendedSpec(spec, MixturePredictorCore.configure(content,
                    PixelTables.columns(spec), settings.getBoolean(appendResponsibilities), what))};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols;
        try {
            cols = MixturePredictorCore.columns(specContent(inObjects[0]), PixelTables.columns(spec), what);
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        PixelData pixels = PixelTables.pixelData(table, cols, exec.createSubProgress(0.3));
        boolean withResp = settings.getBoolean(appendResponsibilities);
        MixturePredictorCore.Scorer scorer = scorer(inObjects[0], Runtime.getRuntime().availableProcessors());
        Appended out = KnimeProgress.runCore(exec, 0.3, 0.6,
                m -> MixturePredictorCore.execute(pixels, scorer, withResp, m));
        return new PortObject[] {exec.createColumnRearrangeTable(table, CoreTables.append(spec, out.columns(), out),
                exec.createSubProgress(0.4))};
    }
}
