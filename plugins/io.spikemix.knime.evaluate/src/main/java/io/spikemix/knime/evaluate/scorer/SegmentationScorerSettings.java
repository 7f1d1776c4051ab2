package io.spikemix.knime.evaluate.scorer;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.table.TableConventions;

/**
 * Settings and ports of the Segmentation Scorer node, declared once for its model, dialog, description and test
 * workflows. Pure Java.
 */
public final class SegmentationScorerSettings {

    public static final SettingDef PREDICTED_COLUMN = SettingDef.column("predictedColumn", "Cluster column", 0,
            TableConventions.CLUSTER,
            "The integer column holding the predicted cluster of each pixel (default: cluster, as written by the "
                    + "clustering nodes). A missing cell means the pixel was not assigned; it is excluded from the "
                    + "scores and counted as masked.");

    public static final SettingDef REFERENCE_COLUMN = SettingDef.column("referenceColumn", "Reference label column",
            0, "label",
            "The integer column holding the ground-truth class of each pixel. A label of 0 (or less) or a missing "
                    + "cell means unlabelled: the pixel is excluded from the scores and counted as unlabelled.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Segmentation Scorer")
            .setting(PREDICTED_COLUMN)
            .setting(REFERENCE_COLUMN)
            .inPort(PortDef.table("Labelled pixels",
                    "One row per pixel with a predicted cluster column and a reference label column."))
            .outPort(PortDef.table("Scores",
                    "One row: adjusted Rand index, normalised mutual information, accuracy, and the numbers of "
                            + "scored, unlabelled and masked pixels."))
            .outPort(PortDef.table("Confusion matrix",
                    "One row per reference label, one column per predicted cluster, holding pixel counts; the last "
                            + "column names the cluster matched to the label for the accuracy."))
            .build();

    private SegmentationScorerSettings() {
    }
}
