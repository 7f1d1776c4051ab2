package io.spikemix.knime.evaluate.scorer;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.AllColumnsProvider;

/**
 * The web dialog of the Segmentation Scorer node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SegmentationScorerSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SegmentationScorerParameters implements NodeParameters {

    @Widget(title = "Cluster column",
            description = "The integer column holding the predicted cluster of each pixel (default <tt>cluster</tt>, as written by the clustering nodes).")
    @Persist(configKey = "predictedColumn")
    @ChoicesProvider(AllColumnsProvider.class)
    String predictedColumn = "cluster";

    @Widget(title = "Reference label column",
            description = "Used when the reference table is not connected: the column of the labelled pixels holding the ground-truth class (default <tt>label</tt>), an integer column or a double column of whole numbers; 0 or missing means unlabelled.")
    @Persist(configKey = "referenceColumn")
    @ChoicesProvider(AllColumnsProvider.class)
    String referenceColumn = "label";

    @Widget(title = "Reference table label column",
            description = "Used when the reference table is connected: its column holding the ground-truth class, an integer column or a double column of whole numbers. Empty (the default) takes the only column besides <tt>x</tt> and <tt>y</tt>, as in a label image read by the Spectral Cube Reader.")
    @Persist(configKey = "referenceTableColumn")
    String referenceTableColumn = "";
}
