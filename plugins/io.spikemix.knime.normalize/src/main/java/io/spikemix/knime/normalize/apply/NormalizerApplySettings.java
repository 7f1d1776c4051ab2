package io.spikemix.knime.normalize.apply;

import java.util.List;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings;

/** Settings and ports of the Normalizer (Apply) node. Pure Java. */
public final class NormalizerApplySettings {

    /** Value of {@link #DIRECTION} that normalizes. */
    public static final String APPLY = "apply";
    /** Value of {@link #DIRECTION} that brings normalized values back to raw units. */
    public static final String UNDO = "undo";

    public static final SettingDef DIRECTION = SettingDef.choice("direction", "Direction", APPLY,
            List.of(APPLY, UNDO),
            "apply: normalize the spectral columns with the fitted model (min-max uses the fitted per-column "
                    + "minimum and maximum, so new data may fall outside [0, 1]). undo: bring normalized values "
                    + "back to raw units; exact for min-max, for l1 and TIC the values are multiplied by the "
                    + "median norm of the fitted spectra, since the per-row totals are not kept.");

    public static final SettingDef SKIP_NON_FINITE = SettingDef.bool("skipNonFinite",
            "Skip rows with missing or non-finite values", false,
            "Direction apply only. When off (default), a missing cell, NaN or infinity in a spectral column stops "
                    + "the node with an error naming the row and column; when on, such rows are output with missing "
                    + "spectral cells. Undo always passes missing values through as missing cells.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Normalizer (Apply)")
            .setting(DIRECTION)
            .setting(SKIP_NON_FINITE)
            .inPort(PortDef.object("Normalization model", SpectralNormalizerSettings.MODEL_PORT_CLASS,
                    "A normalization fitted by Spectral Normalizer."))
            .inPort(PortDef.table("Pixel table",
                    "A table holding every spectral column of the model, by name; other columns pass through."))
            .outPort(PortDef.table("Transformed table",
                    "The input table with the model's spectral columns normalized or un-normalized."))
            .build();

    private NormalizerApplySettings() {
    }
}
