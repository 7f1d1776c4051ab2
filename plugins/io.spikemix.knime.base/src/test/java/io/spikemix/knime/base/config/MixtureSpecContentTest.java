package io.spikemix.knime.base.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;

class MixtureSpecContentTest {

    private static final FeatureSpace FEATURES =
            new FeatureSpace(List.of("m/z 100.5", "m/z 200"), BandAxis.of(new double[] {100.5, 200}, "m/z"));

    @Test
    void columnsAndKSurviveASaveLoadRoundTripUnderTheKeyK() throws ConfigException {
        MixtureSpecContent spec = new MixtureSpecContent("spiked mixture model", FEATURES, 3);
        MemoryConfig store = new MemoryConfig();
        spec.save(store);
        assertEquals(3, store.getInt("k"));
        MixtureSpecContent back = MixtureSpecContent.load("spiked mixture model", store);
        assertEquals(spec, back);
        assertEquals(FEATURES, back.features());
    }

    @Test
    void summaryAndLoadErrorNameTheModelKind() throws ConfigException {
        assertEquals("Gaussian mixture model, K = 2, 2 spectral columns (100.5 .. 200.0 m/z)",
                new MixtureSpecContent("Gaussian mixture model", FEATURES, 2).summary());
        assertEquals("Spiked mixture model, K = 2, 2 spectral columns (100.5 .. 200.0 m/z)",
                new MixtureSpecContent("spiked mixture model", FEATURES, 2).summary());
        MemoryConfig store = new MemoryConfig();
        FEATURES.save(store);
        store.putInt("k", 0);
        ConfigException e = assertThrows(ConfigException.class,
                () -> MixtureSpecContent.load("spiked mixture model", store));
        assertEquals("The saved spiked mixture model has k = 0; expected k >= 1.", e.getMessage());
    }

    @Test
    void nonPositiveKIsRejectedAndKindsAreNotEqual() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MixtureSpecContent("spiked mixture model", FEATURES, 0));
        assertEquals("The 'k' parameter must be >= 1. Got 0 instead.", e.getMessage());
        assertNotEquals(new MixtureSpecContent("spiked mixture model", FEATURES, 2),
                new MixtureSpecContent("Gaussian mixture model", FEATURES, 2));
    }
}
