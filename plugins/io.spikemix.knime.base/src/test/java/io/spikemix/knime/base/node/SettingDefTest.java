package io.spikemix.knime.base.node;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SettingDefTest {

    private static final SettingDef METHOD = SettingDef.choice("method", "Method", "minmax",
            List.of("minmax", "l1"), "How to normalize.");

    @Test
    void savedKeysAreTheValueAndKnimesInternalsConfig() {
        assertEquals(Set.of("method", "method_Internals"), METHOD.savedKeys());
    }

    @Test
    void choiceRejectsUnknownValueNamingLabelChoicesAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> METHOD.check("zscore"));
        assertEquals("The 'Method' setting must be one of minmax, l1. Got 'zscore' instead.", e.getMessage());
        assertDoesNotThrow(() -> METHOD.check("l1"));
    }

    @Test
    void integerRejectsValuesOutsideItsBounds() {
        SettingDef k = SettingDef.integer("k", "Number of components", 3, 1, 50, "Components.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.check(0));
        assertEquals("The 'Number of components' setting must be in [1, 50]. Got 0 instead.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> k.check(51));
        assertThrows(IllegalArgumentException.class, () -> k.check("3"));
        assertDoesNotThrow(() -> k.check(50));
    }

    @Test
    void doubleRejectsNanAndOutOfRange() {
        SettingDef tol = SettingDef.real("tol", "Tolerance", 1e-3, 0, Double.POSITIVE_INFINITY, "Stop criterion.");
        assertThrows(IllegalArgumentException.class, () -> tol.check(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> tol.check(-1e-9));
        assertDoesNotThrow(() -> tol.check(0.0));
    }

    @Test
    void invalidDefaultsAndKeysAreRejectedWhenDeclared() {
        assertThrows(IllegalArgumentException.class,
                () -> SettingDef.integer("k", "K", 0, 1, 5, "d"));
        assertThrows(IllegalArgumentException.class,
                () -> SettingDef.choice("m", "M", "x", List.of("a", "b"), "d"));
        assertThrows(IllegalArgumentException.class,
                () -> SettingDef.choice("m", "M", "a", List.of("a", "a"), "d"));
        assertThrows(IllegalArgumentException.class, () -> SettingDef.bool("bad key", "B", true, "d"));
        assertThrows(IllegalArgumentException.class, () -> SettingDef.bool("b", " ", true, "d"));
        assertThrows(IllegalArgumentException.class, () -> SettingDef.bool("b", "B", true, ""));
    }

    @Test
    void kindsCarryKnimesModelIdsAndEntryTypes() {
        assertEquals("SMID_string", METHOD.kind().settingsModelId());
        assertEquals("xstring", METHOD.kind().entryType());
        assertEquals("SMID_columnfilter", SettingKind.COLUMN_FILTER.settingsModelId());
        assertEquals(null, SettingKind.COLUMN_FILTER.entryType());
        assertTrue(SettingDef.bool("b", "B", true, "d").defaultBoolean());
    }
}
