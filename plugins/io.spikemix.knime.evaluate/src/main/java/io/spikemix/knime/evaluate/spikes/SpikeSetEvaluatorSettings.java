package io.spikemix.knime.evaluate.spikes;

import java.util.List;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the Spike Set Evaluator node, declared once for its model, dialog, description and test
 * workflows. Pure Java.
 */
public final class SpikeSetEvaluatorSettings {

    /** Choice id of the absolute cosine distance. */
    public static final String ABS_COSINE = "abs_cosine";
    /** Choice id of the sign-invariant squared Euclidean distance. */
    public static final String SQUARED_EUCLIDEAN = "squared_euclidean";

    /** Flow variable holding the Hausdorff distance under the squared Euclidean distance. */
    public static final String FLOW_HAUSDORFF_EUCLIDEAN = "spikemix_hausdorff_squared_euclidean";
    /** Flow variable holding the Hausdorff distance under the absolute cosine distance. */
    public static final String FLOW_HAUSDORFF_COSINE = "spikemix_hausdorff_abs_cosine";

    public static final SettingDef MATCHING_DISTANCE = SettingDef.choice("matchingDistance", "Matching distance",
            ABS_COSINE, List.of(ABS_COSINE, SQUARED_EUCLIDEAN),
            "The spike distance the one-to-one matching minimises (Hungarian algorithm). abs_cosine: "
                    + "1 - |x'y| / (|x| |y|), scale-free, in [0, 1]. squared_euclidean: min(|x - y|^2, |x + y|^2), "
                    + "sensitive to the spikes' lengths. The summary reports the Hausdorff distance under both.");

    public static final SettingDef COMMON_COLUMNS_ONLY = SettingDef.bool("commonColumnsOnly",
            "Use common feature columns only", false,
            "When off (default), both tables must have exactly the same feature columns (matched by name) and a "
                    + "mismatch stops the node with a message listing the columns only one table has. When on, "
                    + "the spikes are compared on the columns both tables have and the others are reported in a "
                    + "warning.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Spike Set Evaluator")
            .setting(MATCHING_DISTANCE)
            .setting(COMMON_COLUMNS_ONLY)
            .inPort(PortDef.table("Estimated spikes",
                    "One row per estimated spike (e.g. the SMM Learner's spikes table): one double column per band."))
            .inPort(PortDef.table("Reference spikes",
                    "One row per reference spectrum, with the same band columns (matched by name)."))
            .outPort(PortDef.table("Summary",
                    "One row: the Hausdorff distance under both spike distances, and the spike and feature counts."))
            .outPort(PortDef.table("Matched pairs",
                    "The optimal one-to-one matching: one row per pair with its distances, plus one row per spike "
                            + "left unmatched."))
            .build();

    private SpikeSetEvaluatorSettings() {
    }
}
