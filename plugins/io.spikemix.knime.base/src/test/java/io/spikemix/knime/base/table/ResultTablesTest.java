package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.knime.base.spikes.SpikeRows;
import org.junit.jupiter.api.Test;

class ResultTablesTest {

    @Test
    void everyNonBandColumnThatSpikemixWritesIsMetadata() {
        // SMM/GMM spikes tables, the GMM's extra columns and the k-means centroids table: none of these may be
        // read back as a band by the Spike Set Evaluator or the Segmentation Renderer.
        for (String c : SpikeRows.fixedColumns()) {
            assertTrue(ResultTables.isSpikeMetadata(c), c);
        }
        for (String c : new String[] {"sigma2_gmm", "spectral_gap_ok", "cluster", "pixels", "x", "y"}) {
            assertTrue(ResultTables.isSpikeMetadata(c), c);
        }
    }

    @Test
    void bandColumnsAreNotMetadata() {
        for (String c : new String[] {"512.3 nm", "m/z 885.55", "band 17", "p(1)"}) {
            assertFalse(ResultTables.isSpikeMetadata(c), c);
        }
    }
}
