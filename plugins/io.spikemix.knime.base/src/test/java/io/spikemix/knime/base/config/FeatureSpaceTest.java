package io.spikemix.knime.base.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;

class FeatureSpaceTest {

    @Test
    void columnsAndBandsSurviveASaveLoadRoundTrip() throws ConfigException {
        FeatureSpace f = new FeatureSpace(List.of("m/z 100.5", "m/z 200"), BandAxis.of(new double[] {100.5, 200},
                "m/z"));
        MemoryConfig store = new MemoryConfig();
        f.save(store);
        FeatureSpace back = FeatureSpace.load(store);
        assertEquals(f, back);
        assertEquals("m/z", back.axis().unit());
        assertEquals("2 spectral columns (100.5 .. 200.0 m/z)", back.summary());
    }

    @Test
    void inconsistentColumnsAreRejected() {
        BandAxis two = BandAxis.of(new double[] {1, 2}, "nm");
        assertThrows(IllegalArgumentException.class, () -> new FeatureSpace(List.of("a"), two));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSpace(List.of("a", "a"), two));
    }

    @Test
    void matricesAreSavedRowMajorAndCheckedForShapeOnLoad() throws ConfigException {
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        MemoryConfig store = new MemoryConfig();
        Matrices.put(store, "means", m);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, store.getDoubleArray("means"), 0.0);
        assertEquals(2, store.getInt("meansRows"));
        double[][] back = Matrices.get(store, "means", 2, 3);
        assertArrayEquals(m[1], back[1], 0.0);
        ConfigException e = assertThrows(ConfigException.class, () -> Matrices.get(store, "means", 3, 2));
        assertTrue(e.getMessage().contains("'means' should be 3 x 2 values but has 2 rows and 6 values"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrices.put(store, "bad", new double[][] {{1}, {1, 2}}));
    }
}
