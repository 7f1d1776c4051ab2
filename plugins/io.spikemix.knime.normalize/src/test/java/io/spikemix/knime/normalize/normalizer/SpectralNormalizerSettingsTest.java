package io.spikemix.knime.normalize.normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.knime.normalize.apply.NormalizerApplySettings;
import io.spikemix.knime.normalize.port.NormalizationPortObject;

class SpectralNormalizerSettingsTest {

    @Test
    void methodChoicesAreExactlyTheEngineMethods() {
        assertEquals(Arrays.stream(NormalizationMethod.values()).map(NormalizationMethod::id)
                .collect(Collectors.toList()), SpectralNormalizerSettings.METHOD.choices());
        assertEquals(NormalizationMethod.MINMAX, NormalizationMethod.parse(
                SpectralNormalizerSettings.METHOD.defaultString()));
    }

    @Test
    void modelPortNamesThePortObjectClass() {
        // a class literal loads the class without running KNIME code
        assertEquals(NormalizationPortObject.class.getName(), SpectralNormalizerSettings.MODEL_PORT_CLASS);
        assertEquals(SpectralNormalizerSettings.MODEL_PORT_CLASS,
                NormalizerApplySettings.DECLARATION.inPorts().get(0).type());
    }

    @Test
    void bothNodesLabelTheSkipOptionAlike() {
        assertEquals(SpectralNormalizerSettings.SKIP_NON_FINITE.label(),
                NormalizerApplySettings.SKIP_NON_FINITE.label());
    }
}
