package io.spikemix.knime.base.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NodeDeclarationTest {

    private static final PortDef TABLE = PortDef.table("Table", "In.");

    @Test
    void savedKeysAreTheUnionOverSettings() {
        NodeDeclaration d = NodeDeclaration.builder("N")
                .setting(SettingDef.bool("a", "A", true, "d"))
                .setting(SettingDef.columnFilter("cols", "Columns", 0, "d"))
                .inPort(TABLE).build();
        assertEquals(Set.of("a", "a_Internals", "cols", "cols_Internals"), d.savedKeys());
        assertEquals("Columns", d.setting("cols").label());
    }

    @Test
    void duplicateKeysOrLabelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NodeDeclaration.builder("N")
                .setting(SettingDef.bool("a", "A", true, "d")).setting(SettingDef.bool("a", "B", true, "d")).build());
        assertTrue(e.getMessage().contains("'a' twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeDeclaration.builder("N")
                .setting(SettingDef.bool("a", "A", true, "d")).setting(SettingDef.bool("b", "A", true, "d")).build());
    }

    @Test
    void columnFilterMustPointAtATableInputPort() {
        assertThrows(IllegalArgumentException.class, () -> NodeDeclaration.builder("N")
                .setting(SettingDef.columnFilter("cols", "Columns", 1, "d")).inPort(TABLE).build());
        assertThrows(IllegalArgumentException.class, () -> NodeDeclaration.builder("N")
                .setting(SettingDef.columnFilter("cols", "Columns", 0, "d"))
                .inPort(PortDef.object("Model", "a.b.C", "m")).inPort(TABLE).build());
    }

    @Test
    void optionalObjectPortCarriesItsClassAndIsOptionalButNeverATable() {
        PortDef p = PortDef.optionalObject("Model", "a.b.C", "m");
        assertTrue(p.isOptional());
        assertFalse(p.isTable());
        assertEquals("a.b.C", p.type());
        assertFalse(PortDef.object("Model", "a.b.C", "m").isOptional());
        assertThrows(IllegalArgumentException.class, () -> PortDef.optionalObject("T", PortDef.TABLE, "t"));
    }

    @Test
    void unknownSettingLookupNamesTheNode() {
        NodeDeclaration d = NodeDeclaration.builder("Some Node").build();
        assertTrue(assertThrows(RuntimeException.class, () -> d.setting("x")).getMessage().contains("Some Node"));
    }
}
