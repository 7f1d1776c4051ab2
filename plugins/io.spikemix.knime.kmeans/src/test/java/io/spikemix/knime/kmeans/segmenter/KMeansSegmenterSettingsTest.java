package io.spikemix.knime.kmeans.segmenter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.kmeans.KMeansOptions;

class KMeansSegmenterSettingsTest {

    @Test
    void optionsCarryEverySettingWithZeroThreadsMeaningAllProcessors() {
        KMeansOptions o = KMeansSegmenterSettings.options(4, 3, 50, 1e-6, 9, 0);
        assertEquals(4, o.k());
        assertEquals(3, o.nInit());
        assertEquals(50, o.maxIter());
        assertEquals(1e-6, o.tol());
        assertEquals(9, o.seed());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.threads());
        assertEquals(2, KMeansSegmenterSettings.options(4, 3, 50, 1e-6, 9, 2).threads());
    }

    @Test
    void defaultsFormValidOptions() {
        KMeansOptions o = KMeansSegmenterSettings.options(KMeansSegmenterSettings.K.defaultInt(),
                KMeansSegmenterSettings.N_INIT.defaultInt(), KMeansSegmenterSettings.MAX_ITER.defaultInt(),
                KMeansSegmenterSettings.TOL.defaultDouble(), KMeansSegmenterSettings.SEED.defaultInt(),
                KMeansSegmenterSettings.THREADS.defaultInt());
        assertEquals(3, o.k());
    }

    @Test
    void clusterSizesCountEveryLabel() {
        assertArrayEquals(new int[] {2, 0, 3}, KMeansSegmenterSettings.clusterSizes(new int[] {2, 0, 2, 0, 2}, 3));
    }

    @Test
    void kBelowOneIsRejectedNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeansSegmenterSettings.K.check(0));
        assertTrue(e.getMessage().contains("'Number of clusters (K)'"), e.getMessage());
    }
}
