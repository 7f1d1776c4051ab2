package io.spikemix.knime.base.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
