package io.spikemix.knime.normalize.normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The Spectral Normalizer's logic, without KNIME: configure announces the columns and model spec execute produces,
 * the values are the engine's, and a missing cell is refused (or, when asked, skipped with a warning).
 */
class SpectralNormalizerCoreTest {

    static final SpectralColumns COLS = new SpectralColumns(List.of("400", "500", "600", "700"), new int[] {2, 3, 4, 5},
            BandAxis.of(new double[] {400, 500, 600, 700}, "nm"), 0, 1);

    static PixelData pixels(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        SpectralMatrix m = SpectralMatrix.allocate(n, 4);
        for (int i = 0; i < n; i++) {
            m.setRow(i, new float[] {(float) rng.nextDouble(1, 5), (float) rng.nextDouble(1, 5),
                (float) rng.nextDouble(1, 5), (float) rng.nextDouble(1, 5)});
        }
        return PixelData.of(COLS, m);
    }

    @ParameterizedTest
    @EnumSource(NormalizationMethod.class)
    void configureAnnouncesWhatExecuteProducesAndTheValuesAreTheEngines(NormalizationMethod method) throws Exception {
        PixelData p = pixels(50, 1);
        SpectralNormalizerCore.Shapes shapes = SpectralNormalizerCore.configure(COLS, method);
        SpectralNormalizerCore.Result r = SpectralNormalizerCore.execute(p, method, false, ProgressMonitor.NONE);
        assertEquals(shapes.spectra().defs(), r.spectra().defs());
        assertEquals(shapes.model(), r.model().spec());
        NormalizationModel engine = NormalizationModel.fit(method, p.data(), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        SpectralMatrix expected = engine.apply(p.data(), NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
        for (int i = 0; i < 50; i++) {
            for (int f = 0; f < 4; f++) {
                assertEquals(expected.get(i, f), r.spectra().values().get(i, f), 0f, "row " + i + " band " + f);
            }
        }
        assertEquals(engine, r.model().model());
        assertNull(r.warning());
    }

    /** With and without skipping, for every method: announced = produced, and finite rows become finite values. */
    @ParameterizedTest(name = "{0}, skip {1}")
    @CsvSource({ "MINMAX, false", "MINMAX, true", "L1, false", "L1, true", "TIC, false", "TIC, true" })
    void configureMatchesExecuteWithAndWithoutSkipping(NormalizationMethod method, boolean skip) throws Exception {
        PixelData p = pixels(30, 9);
        SpectralNormalizerCore.Shapes shapes = SpectralNormalizerCore.configure(COLS, method);
        SpectralNormalizerCore.Result r = SpectralNormalizerCore.execute(p, method, skip, ProgressMonitor.NONE);
        assertEquals(shapes.spectra().defs(), r.spectra().defs());
        assertEquals(shapes.model(), r.model().spec());
        for (int i = 0; i < 30; i++) {
            for (int f = 0; f < 4; f++) {
                assertTrue(Float.isFinite(r.spectra().values().get(i, f)), "row " + i + " band " + f);
            }
        }
    }

    @Test
    void aMissingCellIsRefusedNamingRowColumnAndTheSkipSetting() {
        PixelData p = pixels(10, 2);
        p.data().set(6, 2, Float.NaN);
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SpectralNormalizerCore.execute(p, NormalizationMethod.TIC, false, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("'Row6'") && e.getMessage().contains("'600'")
                && e.getMessage().contains(SpectralNormalizerSettings.SKIP_NON_FINITE.label()), e.getMessage());
    }

    @Test
    void skippingWritesTheRowAsNaNLeavesTheOthersAndWarns() throws Exception {
        PixelData p = pixels(10, 3);
        p.data().set(6, 2, Float.NaN);
        SpectralNormalizerCore.Result r = SpectralNormalizerCore.execute(p, NormalizationMethod.TIC, true,
                ProgressMonitor.NONE);
        for (int f = 0; f < 4; f++) {
            assertTrue(Float.isNaN(r.spectra().values().get(6, f)), "the skipped row keeps its place as NaN");
            assertTrue(Float.isFinite(r.spectra().values().get(5, f)), "the other rows are normalized");
        }
        assertNotNull(r.warning());
    }

    @Test
    void anEmptyTableIsRefused() {
        PixelData empty = PixelData.of(COLS, SpectralMatrix.allocate(0, 4));
        CoreInputException e = assertThrows(CoreInputException.class,
                () -> SpectralNormalizerCore.execute(empty, NormalizationMethod.MINMAX, false, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void cancelStops() {
        assertThrows(CanceledException.class,
                () -> SpectralNormalizerCore.execute(pixels(5000, 4), NormalizationMethod.MINMAX, false,
                        ProgressMonitor.CANCELLED));
    }
}
