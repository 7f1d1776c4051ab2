package io.spikemix.knime.base;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.settings.SettingsModels;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.NonFiniteCells;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The shared body of the mixture predictor nodes (SMM and GMM Predictor): in port 0 a fitted model, in port 1 a
 * pixel table; out the table with the cluster column and, when asked, one responsibility column per component.
 * Refuses tables lacking any of the model's spectral columns, naming them. A subclass says how to read its model
 * port and how its model assigns the pixels; reading the spectra (30 % of the progress) and writing the table are
 * done here.
 */
public abstract class MixturePredictorNodeModel extends NodeModel {

    /**
     * How a model assigned the pixels of a table.
     *
     * @param k number of components
     * @param labels the component of each row
     * @param responsibilities the responsibilities of one row, or null when they are not appended
     * @param writeProgress share of the progress for writing the output table
     */
    public record Assignment(int k, int[] labels, RowResponsibilities responsibilities, double writeProgress) {
    }

    /** The K responsibilities of one row of the predicted data. */
    @FunctionalInterface
    public interface RowResponsibilities {
        double[] of(int row);
    }

    private final SettingsModels settings;
    private final SettingDef appendResponsibilities;
    private final String what;

    /**
     * @param appendResponsibilities the boolean setting "append responsibility columns"
     * @param what the model as named in messages, e.g. "the spiked mixture model"
     */
    protected MixturePredictorNodeModel(PortType[] inPorts, PortType[] outPorts, SettingsModels settings,
            SettingDef appendResponsibilities, String what) {
        super(inPorts, outPorts);
        this.settings = settings;
        this.appendResponsibilities = appendResponsibilities;
        this.what = what;
    }

    /** The content of the model port's spec, or null while it is not known. */
    protected abstract MixtureSpecContent specContent(PortObjectSpec modelSpec);

    /** The content of the fitted model's spec. */
    protected abstract MixtureSpecContent specContent(PortObject model);

    /** Assigns the rows of {@code data} with the fitted {@code model}. */
    protected abstract Assignment assign(PortObject model, SpectralMatrix data, boolean withResponsibilities,
            ExecutionContext exec) throws CanceledExecutionException;

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        MixtureSpecContent content = specContent(inSpecs[0]);
        DataTableSpec spec = (DataTableSpec) inSpecs[1];
        if (content == null) {
            return new PortObjectSpec[] {null};
        }
        columns(content.features(), spec);
        return new PortObjectSpec[] {PixelTables.append(spec,
                ClusterColumns.specs(content.k(), settings.getBoolean(appendResponsibilities)),
                rowIndex -> {
                    throw new IllegalStateException("spec only");
                }).createSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable) inObjects[1];
        DataTableSpec spec = table.getDataTableSpec();
        SpectralColumns cols = columns(specContent(inObjects[0]).features(), spec);
        SpectralMatrix data = PixelTables.readSpectra(table, cols, exec.createSubProgress(0.3));
        NonFiniteCells.require(table, cols, data);
        boolean withResp = settings.getBoolean(appendResponsibilities);
        Assignment a = assign(inObjects[0], data, withResp, exec);
        return new PortObject[] {exec.createColumnRearrangeTable(table,
                PixelTables.append(spec, ClusterColumns.specs(a.k(), withResp), rowIndex -> {
                    int row = Math.toIntExact(rowIndex);
                    double[] r = withResp ? a.responsibilities().of(row) : null;
                    return ClusterColumns.cells(a.labels()[row], r);
                }), exec.createSubProgress(a.writeProgress()))};
    }

    private SpectralColumns columns(FeatureSpace features, DataTableSpec spec) throws InvalidSettingsException {
        return PixelTables.requireColumns(spec, features.columns(), features.axis(), what);
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO s) {
        settings.saveSettingsTo(s);
    }

    @Override
    protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
        settings.validateSettings(s);
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
        settings.loadValidatedSettingsFrom(s);
    }

    @Override
    protected void reset() {
        // no state beyond the outputs
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        // no internals
    }
}
