package io.spikemix.knime.smm.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MemoryConfig;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

class SmmSpecContentTest {

    private static final List<String> COLUMNS = List.of("500 nm", "510 nm");
    private static final BandAxis AXIS = BandAxis.of(new double[] {500, 510}, "nm");
    private static final MixtureSpecContent MIXTURE = SmmModelContent.specFor(new FeatureSpace(COLUMNS, AXIS), 3);

    @Test
    void specWithANormalizationSavesItNestedAndReadsItBack() throws ConfigException {
        SmmSpecContent spec = new SmmSpecContent(MIXTURE,
                new NormalizationSpecContent(NormalizationMethod.MINMAX, COLUMNS, AXIS));
        MemoryConfig store = new MemoryConfig();
        spec.save(store);
        assertEquals(Set.of("columns", "bandValues", "bandUnit", "k", "normalization"), store.keys());
        assertEquals("minmax", store.getChild("normalization").getString("method"));

        SmmSpecContent back = SmmSpecContent.load(store);
        assertEquals(spec, back);
        assertEquals(NormalizationMethod.MINMAX, back.normalization().get().method());
        assertEquals(MIXTURE, back.mixture());
        assertTrue(back.summary().endsWith("; fitted after min-max normalization of 2 spectral columns "
                + "(500.0 .. 510.0 nm)"), back.summary());
    }

    @Test
    void specsSavedBeforeNormalizationsWereCarriedLoadWithoutOne() throws ConfigException {
        MemoryConfig store = new MemoryConfig();
        MIXTURE.save(store);
        SmmSpecContent back = SmmSpecContent.load(store);
        assertTrue(back.normalization().isEmpty());
        assertEquals(MIXTURE, back.mixture());
        assertEquals(MIXTURE.summary(), back.summary());
    }

    @Test
    void aNormalizationOnOtherColumnsThanTheModelsIsRefused() {
        NormalizationSpecContent other = new NormalizationSpecContent(NormalizationMethod.L1,
                List.of("510 nm", "500 nm"), AXIS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmmSpecContent(MIXTURE, other));
        assertTrue(e.getMessage().contains("[510 nm, 500 nm]"), e.getMessage());

        MemoryConfig store = new MemoryConfig();
        MIXTURE.save(store);
        other.save(store.putChild("normalization"));
        assertThrows(ConfigException.class, () -> SmmSpecContent.load(store));
    }
}
