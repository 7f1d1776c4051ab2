package io.spikemix.knime.normalize.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.MemoryConfig;

class NormalizationContentTest {

    private static final List<String> COLUMNS = List.of("500 nm", "510 nm", "520 nm");
    private static final BandAxis AXIS = BandAxis.of(new double[] {500, 510, 520}, "nm");

    private static SpectralMatrix data(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[20][3];
        for (double[] r : rows) {
            for (int f = 0; f < 3; f++) {
                r[f] = 1 + 10 * rnd.nextDouble();
            }
        }
        return SpectralMatrix.of(rows);
    }

    @Test
    void savedModelRestoresToAModelThatTransformsIdentically() throws ConfigException, CanceledException {
        for (NormalizationMethod method : NormalizationMethod.values()) {
            NormalizationModel fitted = NormalizationModel.fit(method, data(1), NonFinitePolicy.REJECT,
                    ProgressMonitor.NONE);
            NormalizationModelContent content =
                    new NormalizationModelContent(new NormalizationSpecContent(method, COLUMNS, AXIS), fitted);
            MemoryConfig store = new MemoryConfig();
            content.save(store);
            assertEquals(Set.of("method", "columns", "bandValues", "bandUnit", "featureMin", "featureMax",
                    "referenceScale"), store.keys());

            NormalizationModelContent back = NormalizationModelContent.load(store);
            assertEquals(content, back);
            SpectralMatrix fresh = data(2);
            SpectralMatrix expected = fitted.apply(fresh, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
            SpectralMatrix actual = back.model().apply(fresh, NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
            assertEquals(expected, actual, method.id());
            assertEquals(COLUMNS, back.spec().columns());
            assertArrayEquals(AXIS.values(), back.spec().axis().values(), 0.0);
        }
    }

    @Test
    void missingKeyIsReportedByName() throws CanceledException {
        NormalizationModel fitted = NormalizationModel.fit(NormalizationMethod.MINMAX, data(1),
                NonFinitePolicy.REJECT, ProgressMonitor.NONE);
        MemoryConfig store = new MemoryConfig();
        new NormalizationModelContent(new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS), fitted)
                .save(store);
        store.remove("featureMax");
        ConfigException e = assertThrows(ConfigException.class, () -> NormalizationModelContent.load(store));
        assertTrue(e.getMessage().contains("featureMax"), e.getMessage());
    }

    @Test
    void inconsistentSavedContentIsRejectedWithTheReason() {
        MemoryConfig store = new MemoryConfig();
        new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS).save(store);
        store.putString("method", "zscore");
        ConfigException e = assertThrows(ConfigException.class, () -> NormalizationSpecContent.load(store));
        assertTrue(e.getMessage().contains("'zscore'"), e.getMessage());

        new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS).save(store);
        store.putDoubleArray("featureMin", new double[] {0, 0});
        store.putDoubleArray("featureMax", new double[] {1, 1, 1});
        store.putDouble("referenceScale", 1);
        e = assertThrows(ConfigException.class, () -> NormalizationModelContent.load(store));
        assertTrue(e.getMessage().contains("featureMax"), e.getMessage());

        store.putStringArray("columns", new String[] {"a", "b"});
        assertThrows(ConfigException.class, () -> NormalizationSpecContent.load(store));
    }

    @Test
    void modelAndSpecMustAgree() throws CanceledException {
        NormalizationModel fitted = NormalizationModel.fit(NormalizationMethod.L1, data(1), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        assertThrows(IllegalArgumentException.class, () -> new NormalizationModelContent(
                new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS), fitted));
        assertThrows(IllegalArgumentException.class, () -> new NormalizationSpecContent(NormalizationMethod.L1,
                List.of("a", "a", "b"), AXIS));
        assertThrows(IllegalArgumentException.class, () -> new NormalizationSpecContent(NormalizationMethod.L1,
                List.of("a", "b"), AXIS));
    }

    @Test
    void selectionKeepsTheStatisticsOfTheChosenColumnsInTheChosenOrder() throws CanceledException {
        NormalizationModel fitted = NormalizationModel.fit(NormalizationMethod.MINMAX, data(3),
                NonFinitePolicy.REJECT, ProgressMonitor.NONE);
        NormalizationModelContent whole =
                new NormalizationModelContent(new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS),
                        fitted);
        NormalizationModelContent sel = whole.select(List.of("520 nm", "500 nm"));
        assertEquals(List.of("520 nm", "500 nm"), sel.spec().columns());
        assertArrayEquals(new double[] {520, 500}, sel.spec().axis().values(), 0.0);
        // min-max undo by hand, x·(max − min) + min, with the statistics of features 2 and 0 of the whole model
        double[] min = fitted.featureMin();
        double[] max = fitted.featureMax();
        double[] x = {0.25, 0.75};
        assertArrayEquals(new double[] {0.25 * (max[2] - min[2]) + min[2], 0.75 * (max[0] - min[0]) + min[0]},
                sel.model().undo(x), 1e-12);
    }

    @Test
    void selectionOfL1KeepsTheReferenceScale() throws CanceledException {
        NormalizationModel fitted = NormalizationModel.fit(NormalizationMethod.L1, data(4), NonFinitePolicy.REJECT,
                ProgressMonitor.NONE);
        NormalizationModelContent sel = new NormalizationModelContent(
                new NormalizationSpecContent(NormalizationMethod.L1, COLUMNS, AXIS), fitted).select(List.of("510 nm"));
        assertEquals(fitted.referenceScale(), sel.model().referenceScale());
        assertArrayEquals(new double[] {0.5 * fitted.referenceScale()}, sel.model().undo(new double[] {0.5}), 1e-12);
    }

    @Test
    void selectingColumnsTheNormalizationWasNotFittedOnNamesThem() {
        NormalizationSpecContent spec = new NormalizationSpecContent(NormalizationMethod.TIC, COLUMNS, AXIS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spec.select(List.of("500 nm", "600 nm", "700 nm")));
        assertEquals("The TIC normalization was not fitted on 2 of the 3 columns: '600 nm', '700 nm'.",
                e.getMessage());
    }

    @Test
    void summaryNamesMethodColumnsAndBandRange() {
        assertEquals("min-max normalization of 3 spectral columns (500.0 .. 520.0 nm)",
                new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS).summary());
    }
}
