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
            "Used when the reference table is not connected: the column of the labelled pixels holding the "
                    + "ground-truth class of each pixel, an integer column or a double column of whole numbers. A "
                    + "label of 0 (or less) or a missing cell means unlabelled: the pixel is excluded from the scores "
                    + "and counted as unlabelled.");

    public static final SettingDef REFERENCE_TABLE_COLUMN = SettingDef.column("referenceTableColumn",
            "Reference table label column", 1, "",
            "Used when the reference table is connected: its column holding the ground-truth class, an integer "
                    + "column or a double column of whole numbers. Empty: the only column besides x and y (as in a "
                    + "label image read by the Spectral Cube Reader, whose one band column holds the labels). Rows "
                    + "are matched to the labelled pixels by x and y; a pixel without a reference row, a missing "
                    + "cell or a label of 0 (or less) means unlabelled.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Segmentation Scorer")
            .setting(PREDICTED_COLUMN)
            .setting(REFERENCE_COLUMN)
            .setting(REFERENCE_TABLE_COLUMN)
            .inPort(PortDef.table("Labelled pixels",
                    "One row per pixel with a predicted cluster column and, unless the reference table is "
                            + "connected, a reference label column."))
            .inPort(PortDef.optionalTable("Reference labels",
                    "Optional: the ground truth as its own table, one row per pixel with integer columns x and y "
                            + "and the reference label column, for example a label image (.npy of shape H x W x 1) "
                            + "read by a Spectral Cube Reader. Matched to the labelled pixels by x and y; both "
                            + "tables then need the x and y columns."))
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
