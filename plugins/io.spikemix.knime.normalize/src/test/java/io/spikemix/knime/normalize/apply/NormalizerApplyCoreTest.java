package io.spikemix.knime.normalize.apply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.core.Replaced;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * Normalizer (Apply) without KNIME: it finds the model's columns by name, announces at configure the columns it
 * replaces at execute, normalizes as the fitted model does, undoes it back to the raw values, and refuses a table
 * lacking a column of the model, naming it.
 */
class NormalizerApplyCoreTest {

    private static final List<String> BANDS = List.of("400", "500", "600");
    private static final BandAxis AXIS = BandAxis.of(new double[] {400, 500, 600}, "nm");

    private static List<ColumnInfo> table() {
        List<ColumnInfo> t = new ArrayList<>();
        t.add(new ColumnInfo("x", true, true, Map.of()));
        for (String b : List.of("600", "400", "500")) {
            t.add(new ColumnInfo(b, true, false, Map.of()));
        }
        return t;
    }

    private static SpectralMatrix spectra() {
        SpectralMatrix m = SpectralMatrix.allocate(20, 3);
        for (int i = 0; i < 20; i++) {
            m.setRow(i, new float[] {1 + i, 2 + (i % 3), 5 - (i % 4)});
        }
        return m;
    }

    private static NormalizationModelContent model(NormalizationMethod method) throws CanceledException {
        NormalizationModel engine = NormalizationModel.fit(method, spectra(), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        return new NormalizationModelContent(new NormalizationSpecContent(method, BANDS, AXIS), engine);
    }

    @Test
    void configureAnnouncesTheColumnsExecuteReplacesFoundByName() throws Exception {
        NormalizationModelContent m = model(NormalizationMethod.MINMAX);
        Replaced shape = NormalizerApplyCore.configure(m.spec(), table());
        assertArrayEquals(new int[] {2, 3, 1}, shape.columns().indices());
        NormalizerApplyCore.Result r = NormalizerApplyCore.execute(m, PixelData.of(shape.columns(), spectra()), false,
                false, ProgressMonitor.NONE);
        assertEquals(shape.defs(), r.spectra().defs());
    }

    @Test
    void applyNormalizesAndUndoIsTheEnginesUndoWhichInvertsMinMaxExactly() throws Exception {
        for (NormalizationMethod method : NormalizationMethod.values()) {
            NormalizationModelContent m = model(method);
            SpectralColumns cols = NormalizerApplyCore.columns(m.spec(), table());
            SpectralMatrix raw = spectra();
            SpectralMatrix normalized = NormalizerApplyCore.execute(m, PixelData.of(cols, raw), false, false,
                    ProgressMonitor.NONE).spectra().values();
            SpectralMatrix expected = m.model().apply(raw, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
            SpectralMatrix back = NormalizerApplyCore.execute(m, PixelData.of(cols, normalized), true, false,
                    ProgressMonitor.NONE).spectra().values();
            SpectralMatrix undone = m.model().undo(normalized, ProgressMonitor.NONE);
            for (int i = 0; i < raw.rows(); i++) {
                for (int f = 0; f < 3; f++) {
                    assertEquals(expected.get(i, f), normalized.get(i, f), 0f, method + " row " + i);
                    assertEquals(undone.get(i, f), back.get(i, f), 0f, method + " row " + i);
                    if (method == NormalizationMethod.MINMAX) {
                        // per-band min-max is invertible; l1/TIC undo restores the reference scale, not each norm
                        assertEquals(raw.get(i, f), back.get(i, f), 1e-5f * Math.abs(raw.get(i, f)), "row " + i);
                    }
                }
            }
        }
    }

    /** For every method, in both directions, the replaced columns are the announced ones, with finite values. */
    @ParameterizedTest(name = "{0}, undo {1}")
    @CsvSource({ "MINMAX, false", "MINMAX, true", "L1, false", "L1, true", "TIC, false", "TIC, true" })
    void configureMatchesExecuteInBothDirections(NormalizationMethod method, boolean undo) throws Exception {
        NormalizationModelContent m = model(method);
        Replaced shape = NormalizerApplyCore.configure(m.spec(), table());
        NormalizerApplyCore.Result r = NormalizerApplyCore.execute(m, PixelData.of(shape.columns(), spectra()), undo,
                false, ProgressMonitor.NONE);
        assertEquals(shape.defs(), r.spectra().defs());
        for (int i = 0; i < 20; i++) {
            for (int f = 0; f < 3; f++) {
                assertTrue(Float.isFinite(r.spectra().values().get(i, f)), "row " + i + " band " + f);
            }
        }
    }

    @Test
    void aTableLackingAModelColumnIsRefusedNamingIt() {
        List<ColumnInfo> t = table();
        t.remove(2);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> NormalizerApplyCore.configure(model(NormalizationMethod.TIC).spec(), t));
        assertTrue(e.getMessage().contains("'400'") && e.getMessage().contains(NormalizerApplyCore.WHAT),
                e.getMessage());
    }

    @Test
    void aMissingCellIsRefusedNamingRowAndColumn() throws Exception {
        NormalizationModelContent m = model(NormalizationMethod.TIC);
        SpectralColumns cols = NormalizerApplyCore.columns(m.spec(), table());
        SpectralMatrix data = spectra();
        data.set(3, 1, Float.NaN);
        CoreInputException e = assertThrows(CoreInputException.class, () -> NormalizerApplyCore.execute(m,
                PixelData.of(cols, data), false, false, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("'Row3'") && e.getMessage().contains("'500'"), e.getMessage());
    }
}
