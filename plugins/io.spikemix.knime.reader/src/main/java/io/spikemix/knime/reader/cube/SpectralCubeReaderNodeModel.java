package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DECLARATION;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.CoreTables;

/**
 * Spectral Cube Reader: the KNIME adapter of {@link SpectralCubeReaderCore}, which reads an ENVI, imzML, MATLAB or
 * NumPy cube with the engine readers; this class writes it as a pixel table following the table conventions, plus
 * its band axis.
 *
 * <p>Configure: the band-axis table always has the same columns, so its spec is returned. The pixel table has one
 * column per band, which is known before reading only from an ENVI or NumPy header (read in configure; cheap) —
 * then the spec is returned and the band limit is checked early. For the other formats (imzML binning and peak
 * picking need the data; MATLAB and CSV are not parsed twice) configure returns null for the pixel table, as KNIME
 * readers do when the structure is unknown; downstream nodes configure after execution.
 */
final class SpectralCubeReaderNodeModel extends SpikeMixNodeModel {

    /** Rows between two cancellation checks while writing the table. */
    private static final int CHECK_EVERY = 1024;

    SpectralCubeReaderNodeModel() {
        super(DECLARATION);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        try {
            SpectralCubeReaderCore.Shapes shapes = SpectralCubeReaderCore.configure(readSettings());
            return new PortObjectSpec[] {shapes.pixels().map(c -> CoreTables.spec(c, null)).orElse(null),
                CoreTables.spec(shapes.bands(), null)};
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        CubeReadSettings s = readSettings();
        exec.setMessage(() -> "Reading " + s.file().getFileName());
        SpectralCubeReaderCore.Result r = KnimeProgress.runCore(exec, 0, 0.6,
                m -> SpectralCubeReaderCore.execute(s, m));
        SpectralCube cube = r.cube();
        BufferedDataContainer pixels = exec.createDataContainer(CoreTables.spec(r.pixels(), null));
        SpectralMatrix spectra = cube.spectra();
        int d = spectra.cols();
        float[] row = new float[d];
        int n = spectra.rows();
        for (int i = 0; i < n; i++) {
            spectra.getRow(i, row);
            DataCell[] cells = new DataCell[d + 2];
            cells[0] = new IntCell(cube.x(i));
            cells[1] = new IntCell(cube.y(i));
            for (int b = 0; b < d; b++) {
                cells[b + 2] = Float.isFinite(row[b]) ? new DoubleCell(row[b]) : DataType.getMissingCell();
            }
            pixels.addRowToTable(new DefaultRow(RowKey.createRowKey((long) i), cells));
            if ((i + 1) % CHECK_EVERY == 0) {
                exec.checkCanceled();
                final int done = i + 1;
                exec.setProgress(0.6 + 0.4 * done / n, () -> "Wrote " + done + " of " + n + " pixels");
            }
        }
        pixels.close();
        return new PortObject[] {pixels.getTable(), CoreTables.write(r.bands(), null, exec)};
    }

    private CubeReadSettings readSettings() throws InvalidSettingsException {
        try {
            return CubeReadSettings.of(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
