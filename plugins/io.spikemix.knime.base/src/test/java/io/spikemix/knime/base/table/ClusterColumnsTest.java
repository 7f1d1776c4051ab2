package io.spikemix.knime.base.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.knime.base.core.ColumnDef;

/** The confidence column holds each row's largest responsibility, and nothing when one is missing. */
class ClusterColumnsTest {

    @Test
    void confidenceIsTheLargestResponsibilityOrMissing() {
        assertEquals(0.75, ClusterColumns.largest(new double[] {0.25, 0.75}), 0);
        assertEquals(1.0 / 3, ClusterColumns.largest(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}), 0);
        assertTrue(Double.isNaN(ClusterColumns.largest(new double[] {0.9, Double.NaN})));
    }

    /** For K from 1 to 4: {@code cluster} alone, or then p(1)..p(K) and confidence; every value fits its column. */
    @ParameterizedTest(name = "K = {0}, responsibilities {1}")
    @CsvSource({ "1, false", "1, true", "2, false", "2, true", "4, false", "4, true" })
    void theColumnsAndEachRowsValuesAgree(int k, boolean withResp) {
        List<ColumnDef> defs = ClusterColumns.defs(k, withResp);
        assertEquals(withResp ? k + 2 : 1, defs.size());
        assertEquals(TableConventions.CLUSTER, defs.get(0).name());
        if (withResp) {
            assertEquals("p(" + k + ")", defs.get(k).name());
            assertEquals(ClusterColumns.CONFIDENCE, defs.get(k + 1).name());
        }
        double[] resp = new double[k];
        java.util.Arrays.fill(resp, 1.0 / k);
        resp[k - 1] += 1e-9;
        Object[] values = ClusterColumns.values(k - 1, withResp ? resp : null);
        assertEquals(defs.size(), values.length);
        for (int c = 0; c < values.length; c++) {
            assertTrue(defs.get(c).kind().admits(values[c]), defs.get(c).name() + ": " + values[c]);
        }
        assertEquals(k, values[0], "labels are 1-based");
    }

    @Test
    void aRowWithoutLabelHasAMissingCluster() {
        assertNull(ClusterColumns.values(-1, null)[0]);
    }
}
