package io.spikemix.knime.base.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryConfigTest {

    @Test
    void valuesReadBackAndArraysAreCopies() throws ConfigException {
        MemoryConfig c = new MemoryConfig();
        double[] v = {1, 2};
        c.putDoubleArray("v", v);
        v[0] = 9;
        c.putString("s", "x");
        assertArrayEquals(new double[] {1, 2}, c.getDoubleArray("v"), 0.0);
        assertEquals("x", c.getString("s"));
    }

    @Test
    void missingKeyAndWrongTypeAreNamed() {
        MemoryConfig c = new MemoryConfig();
        c.putInt("n", 3);
        assertEquals("Config for key \"m\" not found.",
                assertThrows(ConfigException.class, () -> c.getInt("m")).getMessage());
        assertEquals("Config for key \"n\" holds a Integer, expected String.",
                assertThrows(ConfigException.class, () -> c.getString("n")).getMessage());
    }

    @Test
    void nestedConfigsKeepTheirOwnKeysApartFromTheOwnersSameKeys() throws ConfigException {
        MemoryConfig c = new MemoryConfig();
        c.putString("columns", "outer");
        c.putChild("inner").putString("columns", "nested");
        assertTrue(c.contains("inner"));
        assertFalse(c.contains("other"));
        assertEquals("outer", c.getString("columns"));
        assertEquals("nested", c.getChild("inner").getString("columns"));
        assertEquals("Config for key \"other\" not found.",
                assertThrows(ConfigException.class, () -> c.getChild("other")).getMessage());
        assertThrows(ConfigException.class, () -> c.getChild("columns"));
    }
}
