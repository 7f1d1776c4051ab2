package io.spikemix.knime.reader.cube;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.core.PixelTableShape;
import io.spikemix.knime.base.table.ResultTables;

/**
 * The Spectral Cube Reader without KNIME: reads the cube with the engine readers ({@link CubeReading}) and
 * describes the pixel table it becomes and its band-axis table.
 *
 * <p>Configure knows the pixel table's columns only when the header gives the band axis without reading the data
 * (ENVI, NumPy); then they must be exactly those execute produces, band range and bad-band options included.
 */
public final class SpectralCubeReaderCore {

    private SpectralCubeReaderCore() {
    }

    /** What configure announces: the pixel table's columns when the header tells them, the band-axis table's. */
    public record Shapes(Optional<List<ColumnDef>> pixels, List<ColumnDef> bands) {
    }

    /** What execute produces: the cube (the adapter writes its pixels), its columns and the band-axis table. */
    public record Result(SpectralCube cube, List<ColumnDef> pixels, NewTable bands) {
    }

    public static Shapes configure(CubeReadSettings s) throws CoreInputException {
        if (!Files.isRegularFile(s.file())) {
            throw new CoreInputException("The file " + s.file() + " does not exist or is not a regular file.");
        }
        try {
            return new Shapes(CubeReading.axisBeforeReading(s).map(PixelTableShape::columns), bandColumns());
        } catch (SpectralFileException | IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
    }

    public static Result execute(CubeReadSettings s, ProgressMonitor monitor) throws CoreInputException, CanceledException {
        SpectralCube cube;
        try {
            cube = CubeReading.read(s, monitor);
        } catch (SpectralFileException | IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        BandAxis axis = cube.bands();
        NewTable bands = new NewTable(bandColumns());
        double[] fwhm = axis.fwhm().orElse(null);
        for (int b = 0; b < axis.size(); b++) {
            bands.add("Row" + b, b, axis.value(b), axis.unit(),
                    fwhm == null || !Double.isFinite(fwhm[b]) ? null : Double.valueOf(fwhm[b]));
        }
        return new Result(cube, PixelTableShape.columns(axis), bands);
    }

    /** {@code band index}, {@code band value}, {@code band unit}, {@code band fwhm}. */
    public static List<ColumnDef> bandColumns() {
        return List.of(ColumnDef.of(ResultTables.BAND_INDEX, CellKind.INT),
                ColumnDef.of(ResultTables.BAND_VALUE, CellKind.DOUBLE),
                ColumnDef.of(ResultTables.BAND_UNIT, CellKind.STRING),
                ColumnDef.of(ResultTables.BAND_FWHM, CellKind.DOUBLE));
    }
}
