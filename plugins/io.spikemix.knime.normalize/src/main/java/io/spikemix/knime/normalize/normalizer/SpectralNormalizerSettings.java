package io.spikemix.knime.normalize.normalizer;

import java.util.List;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the Spectral Normalizer node, declared once for its model, dialog, description and test
 * workflows. Pure Java.
 */
public final class SpectralNormalizerSettings {

    /** Fully qualified name of the model port object (a string, so this class needs no KNIME types). */
    public static final String MODEL_PORT_CLASS = "io.spikemix.knime.normalize.port.NormalizationPortObject";

    public static final SettingDef COLUMNS = SettingDef.columnFilter("spectralColumns", "Spectral columns", 0,
            "The double columns holding the spectrum, one per band. By default all numeric columns are included; "
                    + "the pixel coordinate columns x and y are never treated as spectral.");

    public static final SettingDef METHOD = SettingDef.choice("method", "Method", "minmax",
            List.of("minmax", "l1", "tic"),
            "minmax: each spectral column is mapped to [0, 1] over the input rows, (v - min) / (max - min); "
                    + "constant columns map to 0 (the paper's choice). l1: each row is divided by the sum of the "
                    + "absolute values of its spectrum. tic: each row is divided by its total ion count (the sum "
                    + "of its spectrum), usual for imaging mass spectrometry. Rows whose l1 norm is zero or whose "
                    + "TIC is not positive are left as zeros and reported.");

    public static final SettingDef SKIP_NON_FINITE = SettingDef.bool("skipNonFinite",
            "Skip rows with missing or non-finite values", false,
            "When off (default), a missing cell, NaN or infinity in a spectral column stops the node with an error "
                    + "naming the row and column. When on, such rows are left out of the fitted statistics and "
                    + "their spectral cells are output as missing cells.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Spectral Normalizer")
            .setting(COLUMNS)
            .setting(METHOD)
            .setting(SKIP_NON_FINITE)
            .inPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y coordinates, one double column per band, other columns."))
            .outPort(PortDef.table("Normalized table",
                    "The input table with the spectral columns normalized; all other columns unchanged."))
            .outPort(PortDef.object("Normalization model", MODEL_PORT_CLASS,
                    "The fitted normalization, to apply to other tables or undo with Normalizer (Apply)."))
            .build();

    private SpectralNormalizerSettings() {
    }
}
