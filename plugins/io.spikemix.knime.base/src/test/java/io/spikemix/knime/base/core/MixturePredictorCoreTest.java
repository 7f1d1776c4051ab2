package io.spikemix.knime.base.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The predictors' shared logic, without KNIME: the model's columns are found by name wherever they stand in the
 * table, configure announces exactly the appended columns execute writes, every row gets the scorer's label (1-based)
 * and responsibilities with their largest as confidence, and tables lacking a column or holding a missing value are
 * refused naming it.
 */
class MixturePredictorCoreTest {

    private static final List<String> BANDS = List.of("b0", "b1", "b2");
    private static final MixtureSpecContent MODEL = new MixtureSpecContent("test mixture",
            new FeatureSpace(BANDS, BandAxis.indices(3)), 2);

    /** A table whose spectral columns stand after an id column and in another order than the model's. */
    private static List<ColumnInfo> table() {
        List<ColumnInfo> t = new ArrayList<>();
        t.add(new ColumnInfo("id", false, false, Map.of()));
        t.add(new ColumnInfo("b2", true, false, Map.of()));
        t.add(new ColumnInfo("b0", true, false, Map.of()));
        t.add(new ColumnInfo("b1", true, false, Map.of()));
        return t;
    }

    /** Row i has label i % 2 with responsibilities (0.8, 0.2) or (0.3, 0.7). */
    private static final MixturePredictorCore.Scorer SCORER = (data, withResp, monitor) -> {
        int[] labels = new int[data.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }
        return new MixturePredictorCore.Scores(2, labels,
                row -> row % 2 == 0 ? new double[] {0.8, 0.2} : new double[] {0.3, 0.7});
    };

    private static PixelData pixels(SpectralColumns cols, int n) {
        SpectralMatrix m = SpectralMatrix.allocate(n, 3);
        for (int i = 0; i < n; i++) {
            m.setRow(i, new float[] {i, 1, 2});
        }
        return PixelData.of(cols, m);
    }

    @Test
    void theModelsColumnsAreFoundByNameInTheModelsOrder() throws CoreInputException {
        SpectralColumns cols = MixturePredictorCore.columns(MODEL, table(), "the test model");
        assertEquals(BANDS, cols.names());
        assertArrayEquals(new int[] {2, 3, 1}, cols.indices());
    }

    @ParameterizedTest(name = "responsibilities appended: {0}")
    @ValueSource(booleans = { false, true })
    void configureAnnouncesExactlyTheColumnsExecuteAppends(boolean withResp) throws Exception {
        List<ColumnDef> announced = MixturePredictorCore.configure(MODEL, table(), withResp, "the test model");
        Appended out = MixturePredictorCore.execute(pixels(MixturePredictorCore.columns(MODEL, table(), "m"), 5),
                SCORER, withResp, ProgressMonitor.NONE);
        assertEquals(announced, out.columns());
        assertEquals(withResp ? List.of("cluster", "p(1)", "p(2)", "confidence") : List.of("cluster"),
                announced.stream().map(ColumnDef::name).toList());
        assertEquals(5, out.rows());
    }

    @Test
    void everyRowGetsItsOneBasedLabelResponsibilitiesAndConfidence() throws Exception {
        Appended out = MixturePredictorCore.execute(pixels(MixturePredictorCore.columns(MODEL, table(), "m"), 4),
                SCORER, true, ProgressMonitor.NONE);
        assertArrayEquals(new Object[] {1, 0.8, 0.2, 0.8}, out.row(0));
        assertArrayEquals(new Object[] {2, 0.3, 0.7, 0.7}, out.row(3));
    }

    @Test
    void aTableLackingModelColumnsIsRefusedNamingEveryMissingOne() {
        List<ColumnInfo> t = table();
        t.remove(3);
        t.remove(1);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> MixturePredictorCore.configure(MODEL, t, false, "the test model"));
        assertTrue(e.getMessage().contains("'b1'") && e.getMessage().contains("'b2'")
                && e.getMessage().contains("the test model"), e.getMessage());
    }

    @Test
    void aMissingCellIsRefusedBeforeScoringNamingRowAndColumn() throws CoreInputException {
        PixelData p = pixels(MixturePredictorCore.columns(MODEL, table(), "m"), 6);
        p.data().set(4, 1, Float.NaN);
        boolean[] scored = {false};
        CoreInputException e = assertThrows(CoreInputException.class, () -> MixturePredictorCore.execute(p,
                (data, withResp, m) -> {
                    scored[0] = true;
                    return SCORER.score(data, withResp, m);
                }, false, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("'Row4'") && e.getMessage().contains("'b1'"), e.getMessage());
        assertEquals(false, scored[0], "nothing is scored once a cell is refused");
    }

    @Test
    void theScorersCancellationPropagates() throws CoreInputException {
        PixelData p = pixels(MixturePredictorCore.columns(MODEL, table(), "m"), 3);
        assertThrows(CanceledException.class, () -> MixturePredictorCore.execute(p, (data, withResp, m) -> {
            throw new CanceledException("stop");
        }, false, ProgressMonitor.NONE));
    }

    @Test
    void aRowWithoutLabelGetsMissingCells() throws Exception {
        Appended out = MixturePredictorCore.execute(pixels(MixturePredictorCore.columns(MODEL, table(), "m"), 1),
                (data, withResp, m) -> new MixturePredictorCore.Scores(2, new int[] {-1},
                        row -> new double[] {Double.NaN, Double.NaN}), true, ProgressMonitor.NONE);
        Object[] row = out.row(0);
        assertNull(row[0]);
        assertTrue(Double.isNaN((Double) row[3]), "confidence of non-finite responsibilities is missing (NaN)");
    }
}
