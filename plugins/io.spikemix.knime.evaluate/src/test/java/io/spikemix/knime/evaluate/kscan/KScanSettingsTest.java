package io.spikemix.knime.evaluate.kscan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.select.KScan;
import io.spikemix.engine.select.KScanOptions;
import io.spikemix.engine.select.ScanMethod;
import io.spikemix.engine.smm.SieveSchedule;

/** The K Scan node's settings map onto the engine's scan, and its table has one row per method and K. */
class KScanSettingsTest {

    @Test
    void theDefaultsScanAllThreeMethodsFromTwoToTenWithTheQuickSchedule() {
        KScanOptions o = KScanSettings.options(KScanSettings.K_MIN.defaultInt(), KScanSettings.K_MAX.defaultInt(),
                true, true, true, KScanSettings.PRESET.defaultString(), 0, 1);
        assertEquals(2, o.range().min());
        assertEquals(10, o.range().max());
        assertEquals(List.of(ScanMethod.SMM, ScanMethod.GMM, ScanMethod.KMEANS), o.methods());
        assertEquals(SieveSchedule.of(4, 10, 2, 300, 1e-7).toString(), o.smm().schedule().toString());
        assertEquals(SieveSchedule.HSI.toString(), KScanSettings.options(2, 3, true, false, false, "hsi", 0, 1).smm()
                .schedule().toString());
    }

    @Test
    void anEmptyRangeOrNoMethodIsRefusedWithAMessageNamingTheSettings() {
        assertEquals("The K range must have min <= max. Got 6:4 instead.", assertThrows(IllegalArgumentException.class,
                () -> KScanSettings.options(6, 4, true, true, true, "quick", 0, 1)).getMessage());
        assertEquals("Choose at least one method to scan ('Scan SMM', 'Scan GMM' or 'Scan k-means').",
                assertThrows(IllegalArgumentException.class,
                        () -> KScanSettings.options(2, 4, false, false, false, "quick", 0, 1)).getMessage());
    }

    /** Four spherical clusters: one row per K for each method, exactly one recommended row per method. */
    @Test
    void theTableHasOneRowPerMethodAndKAndMarksOneRecommendationPerMethod() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[400][3];
        for (int i = 0; i < x.length; i++) {
            for (int f = 0; f < 3; f++) {
                x[i][f] = (f == i % 3 && i % 4 != 3 ? 8 : 0) + rng.nextGaussian();
            }
        }
        KScanOptions o = KScanSettings.options(2, 5, true, false, true, "quick", 0, 1);
        List<KScanRows.Row> rows = KScanRows.of(new KScan(o).scan(SpectralMatrix.of(x), ProgressMonitor.NONE));
        assertEquals(8, rows.size());
        assertEquals(KScanRows.COLUMNS.size(), KScanRows.Row.class.getRecordComponents().length);
        for (String m : List.of("smm", "kmeans")) {
            assertEquals(1, rows.stream().filter(r -> r.method().equals(m) && r.recommended()).count(), m);
        }
        KScanRows.Row km = rows.get(4);
        assertEquals("kmeans", km.method());
        assertEquals(2, km.k());
        assertTrue(Double.isNaN(km.bic()) && km.parameters() == -1, "k-means has no likelihood");
        assertFalse(Double.isNaN(rows.get(0).bic()));
        assertEquals(2 * 3 + 1 + 1, rows.get(0).parameters(), "SMM at K = 2, d = 3");
    }
}
