package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The confidence column holds each row's largest responsibility, and nothing when one is missing. */
class ClusterColumnsTest {

    @Test
    void confidenceIsTheLargestResponsibilityOrMissing() {
        assertEquals(0.75, ClusterColumns.largest(new double[] {0.25, 0.75}), 0);
        assertEquals(1.0 / 3, ClusterColumns.largest(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}), 0);
        assertTrue(Double.isNaN(ClusterColumns.largest(new double[] {0.9, Double.NaN})));
    }
}
