package io.spikemix.knime.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureColumnMatchTest {

    @Test
    void sameColumnsInAnotherOrderMatchExactlyInReferenceOrder() {
        FeatureColumnMatch m = FeatureColumnMatch.of(List.of("510 nm", "500 nm", "520 nm"),
                List.of("500 nm", "510 nm", "520 nm"));
        assertTrue(m.isExact());
        assertEquals(List.of("500 nm", "510 nm", "520 nm"), m.common());
        assertTrue(m.mismatch().isEmpty());
    }

    @Test
    void mismatchNamesTheColumnsOnlyOneTableHas() {
        FeatureColumnMatch m = FeatureColumnMatch.of(List.of("500 nm", "510 nm", "530 nm"),
                List.of("500 nm", "510 nm", "520 nm"));
        assertEquals(List.of("500 nm", "510 nm"), m.common());
        assertEquals(List.of("530 nm"), m.onlyEstimated());
        assertEquals(List.of("520 nm"), m.onlyReference());
        String msg = m.mismatch().orElseThrow();
        assertTrue(msg.contains("only in the estimated spikes table: '530 nm'"), msg);
        assertTrue(msg.contains("only in the reference spikes table: '520 nm'"), msg);
    }

    @Test
    void longMismatchListsAreShortenedWithACount() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add("band " + i);
        }
        String msg = FeatureColumnMatch.of(many, List.of("other")).mismatch().orElseThrow();
        assertTrue(msg.contains("25 feature column(s) only in the estimated"), msg);
        assertTrue(msg.contains("and 15 more"), msg);
        assertTrue(FeatureColumnMatch.of(many, List.of("other")).common().isEmpty());
    }
}
