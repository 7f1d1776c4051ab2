package io.spikemix.knime.base.node;

/**
 * The settings and ports both mixture predictor nodes (SMM and GMM Predictor) declare, in one place: a model port,
 * a pixel table, the clustered pixels out, and the "Append responsibilities" switch.
 */
public final class PredictorDeclarations {

    private PredictorDeclarations() {
    }

    /**
     * The "Append responsibilities" setting.
     *
     * @param component what K counts, in the singular ("spike", "component")
     */
    public static SettingDef appendResponsibilities(String component) {
        return SettingDef.bool("appendResponsibilities", "Append responsibilities", true,
                "When on, the output also gets one column p(k) per " + component + " with the posterior probability "
                        + "that the pixel belongs to " + component + " k.");
    }

    /**
     * @param name             the node's name
     * @param append           its {@link #appendResponsibilities} setting
     * @param modelPort        the model port's name
     * @param modelClass       the model port object's class name
     * @param modelDescription the model port's description
     */
    public static NodeDeclaration declaration(String name, SettingDef append, String modelPort, String modelClass,
            String modelDescription) {
        return NodeDeclaration.builder(name)
                .setting(append)
                .inPort(PortDef.object(modelPort, modelClass, modelDescription))
                .inPort(PortDef.table("Pixel table",
                        "Pixels with the spectral columns the model was fitted on (same names), other columns."))
                .outPort(PortDef.table("Clustered pixels",
                        "The input table with the cluster column (1-based) and optionally the responsibilities p(k)."))
                .build();
    }
}
