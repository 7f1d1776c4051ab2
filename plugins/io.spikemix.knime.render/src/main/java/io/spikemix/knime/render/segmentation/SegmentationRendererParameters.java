package io.spikemix.knime.render.segmentation;

import io.spikemix.knime.base.dialog.Bounds;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.AllColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;

/**
 * The web dialog of the Segmentation Renderer node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SegmentationRendererSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SegmentationRendererParameters implements NodeParameters {

    @Widget(title = "Cluster column",
            description = "The integer column with each pixel's cluster (default <tt>cluster</tt>).")
    @Persist(configKey = "clusterColumn")
    @ChoicesProvider(AllColumnsProvider.class)
    String clusterColumn = "cluster";

    @Widget(title = "Scale",
            description = "Every image pixel becomes a scale &#215; scale block (nearest neighbour). Default 4, range 1 to 64.")
    @Persist(configKey = "scale")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost64.class)
    int scale = 4;

    @Widget(title = "Title",
            description = "Text drawn above the label map; empty (default) for none.")
    @Persist(configKey = "title")
    String title = "";

    @Widget(title = "Legend",
            description = "Draw one colour swatch per cluster next to the label map. Default on.")
    @Persist(configKey = "legend")
    boolean legend = true;

    @Widget(title = "Render responsibility maps",
            description = "Render one map per <tt>p(&#8230;)</tt> column. Default on.")
    @Persist(configKey = "responsibilityMaps")
    boolean responsibilityMaps = true;
}
