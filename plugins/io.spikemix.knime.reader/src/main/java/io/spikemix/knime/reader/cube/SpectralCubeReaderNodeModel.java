package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DECLARATION;

import java.nio.file.Files;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.knime.base.KnimeProgress;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.ResultTables;

/**
 * Spectral Cube Reader: reads an ENVI, imzML, MATLAB or NumPy cube with the engine readers ({@link CubeReading})
 * and writes it as a pixel table following the table conventions, plus its band axis.
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
        CubeReadSettings s = readSettings();
        if (!Files.isRegularFile(s.file())) {
            throw new InvalidSettingsException("The file " + s.file() + " does not exist or is not a regular file.");
        }
        Optional<BandAxis> axis;
        try {
            axis = CubeReading.axisBeforeReading(s);
        } catch (SpectralFileException | IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        return new PortObjectSpec[] {axis.map(PixelTables::pixelTableSpec).orElse(null), bandAxisSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        CubeReadSettings s = readSettings();
        KnimeProgress progress = KnimeProgress.of(exec);
        SpectralCube cube;
        try {
            exec.setMessage(() -> "Reading " + s.file().getFileName());
            cube = CubeReading.read(s, progress.subRange(0, 0.6));
        } catch (CanceledException e) {
            throw KnimeProgress.toKnime(e);
        }
        BandAxis axis = cube.bands();
        DataTableSpec spec = PixelTables.pixelTableSpec(axis);
        BufferedDataContainer pixels = exec.createDataContainer(spec);
        SpectralMatrix spectra = cube.spectra();
        int d = axis.size();
        float[] row = new float[d];
        int n = spectra.rows();
        for (int r = 0; r < n; r++) {
            spectra.getRow(r, row);
            DataCell[] cells = new DataCell[d + 2];
            cells[0] = new IntCell(cube.x(r));
            cells[1] = new IntCell(cube.y(r));
            for (int b = 0; b < d; b++) {
                cells[b + 2] = Float.isFinite(row[b]) ? new DoubleCell(row[b]) : DataType.getMissingCell();
            }
            pixels.addRowToTable(new DefaultRow(RowKey.createRowKey((long) r), cells));
            if ((r + 1) % CHECK_EVERY == 0) {
                exec.checkCanceled();
                final int done = r + 1;
                exec.setProgress(0.6 + 0.4 * done / n, () -> "Wrote " + done + " of " + n + " pixels");
            }
        }
        pixels.close();

        BufferedDataContainer bands = exec.createDataContainer(bandAxisSpec());
        double[] fwhm = axis.fwhm().orElse(null);
        for (int b = 0; b < d; b++) {
            bands.addRowToTable(new DefaultRow(RowKey.createRowKey((long) b), new IntCell(b),
                    new DoubleCell(axis.value(b)), new StringCell(axis.unit()),
                    fwhm == null || !Double.isFinite(fwhm[b]) ? DataType.getMissingCell() : new DoubleCell(fwhm[b])));
        }
        bands.close();
        return new PortObject[] {pixels.getTable(), bands.getTable()};
    }

    private CubeReadSettings readSettings() throws InvalidSettingsException {
        try {
            return CubeReadSettings.of(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private static DataTableSpec bandAxisSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(ResultTables.BAND_INDEX, IntCell.TYPE).createSpec(),
                new DataColumnSpecCreator(ResultTables.BAND_VALUE, DoubleCell.TYPE).createSpec(),
                new DataColumnSpecCreator(ResultTables.BAND_UNIT, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(ResultTables.BAND_FWHM, DoubleCell.TYPE).createSpec());
    }
}
