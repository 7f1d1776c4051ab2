package io.spikemix.knime.base.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FileAndColumnSettingTest {

    private static final SettingDef FILE = SettingDef.file("file", "File", List.of(".hdr", ".npy"), "The cube.");
    private static final SettingDef COLUMN = SettingDef.column("cluster", "Cluster column", 0, "cluster",
            "Labels.");

    @Test
    void fileSettingIsAStringWithItsExtensionsAndAnEmptyDefault() {
        assertEquals(SettingKind.FILE, FILE.kind());
        assertEquals("", FILE.defaultString());
        assertEquals(List.of(".hdr", ".npy"), FILE.fileExtensions());
        assertTrue(FILE.choices().isEmpty(), "extensions are not choices");
        assertEquals("xstring", FILE.kind().entryType());
        assertEquals("SMID_string", FILE.kind().settingsModelId());
        assertThrows(IllegalArgumentException.class,
                () -> SettingDef.file("f", "F", List.of("hdr"), "Extensions start with a dot."));
    }

    @Test
    void columnSettingMustSelectFromATablePort() {
        assertEquals("cluster", COLUMN.defaultString());
        assertEquals(0, COLUMN.inputPort());
        NodeDeclaration.Builder ok = NodeDeclaration.builder("Scorer").setting(COLUMN)
                .inPort(PortDef.table("Pixels", "The pixels."));
        assertEquals(1, ok.build().settings().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NodeDeclaration.builder("Reader").setting(COLUMN).build());
        assertTrue(e.getMessage().contains("input port 0"), e.getMessage());
    }

    @Test
    void optionalTablePortsAreTablesThatMayStayUnconnected() {
        PortDef p = PortDef.optionalTable("Spikes", "Optional spikes.");
        assertTrue(p.isTable());
        assertTrue(p.isOptional());
        assertFalse(PortDef.table("Pixels", "The pixels.").isOptional());
    }

    @Test
    void declaredValuesStartAtTheDefaultsAndCheckNewValues() {
        SettingDef k = SettingDef.integer("k", "Number of clusters", 3, 1, 50, "Clusters.");
        NodeDeclaration d = NodeDeclaration.builder("Node").setting(FILE).setting(k).build();
        DeclaredValues v = DeclaredValues.defaults(d);
        assertEquals("", v.getString(FILE));
        assertEquals(3, v.getInt(k));
        DeclaredValues changed = v.with(k, 7).with(FILE, "/tmp/a.hdr");
        assertEquals(7, changed.getInt(k));
        assertEquals("/tmp/a.hdr", changed.getString(FILE));
        assertEquals(3, v.getInt(k), "with() leaves the original unchanged");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.with(k, 0));
        assertEquals("The 'Number of clusters' setting must be in [1, 50]. Got 0 instead.", e.getMessage());
        assertThrows(IllegalStateException.class, () -> v.getDouble(k));
        assertThrows(java.util.NoSuchElementException.class, () -> v.getInt(COLUMN));
    }
}
