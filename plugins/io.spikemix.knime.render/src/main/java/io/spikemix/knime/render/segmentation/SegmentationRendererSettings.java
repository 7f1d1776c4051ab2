package io.spikemix.knime.render.segmentation;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.table.TableConventions;

/**
 * Settings and ports of the Segmentation Renderer node, declared once for its model, dialog, description and test
 * workflows. Pure Java.
 */
public final class SegmentationRendererSettings {

    /** Fully qualified name of KNIME's image port object (a string, so this class needs no KNIME types). */
    public static final String IMAGE_PORT_CLASS = "org.knime.core.node.port.image.ImagePortObject";

    public static final SettingDef CLUSTER_COLUMN = SettingDef.column("clusterColumn", "Cluster column", 0,
            TableConventions.CLUSTER,
            "The integer column holding each pixel's cluster (default: cluster, as written by the clustering "
                    + "nodes). Each cluster id keeps one colour; pixels with a missing cluster and pixels without a "
                    + "row are drawn in the background colour.");

    public static final SettingDef SCALE = SettingDef.integer("scale", "Scale", 4, 1, 64,
            "Every image pixel becomes a scale x scale block (nearest neighbour, so boundaries stay sharp). "
                    + "Default 4, range 1 to 64.");

    public static final SettingDef TITLE = SettingDef.string("title", "Title", "",
            "Text drawn above the label map; empty (default) for none. Responsibility maps are titled with their "
                    + "column name.");

    public static final SettingDef LEGEND = SettingDef.bool("legend", "Legend", true,
            "Whether to draw a legend with one colour swatch per cluster next to the label map. Default on.");

    public static final SettingDef RESPONSIBILITY_MAPS = SettingDef.bool("responsibilityMaps",
            "Render responsibility maps", true,
            "Whether to render one map per responsibility column p(...) of the pixel table, with a perceptually "
                    + "uniform colormap (viridis) over [0, 1] and a colour bar. Default on.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Segmentation Renderer")
            .setting(CLUSTER_COLUMN)
            .setting(SCALE)
            .setting(TITLE)
            .setting(LEGEND)
            .setting(RESPONSIBILITY_MAPS)
            .inPort(PortDef.table("Segmented pixels",
                    "One row per pixel: x, y, a cluster column and optionally responsibility columns p(1), p(2), …"))
            .inPort(PortDef.optionalTable("Spikes",
                    "Optional spikes table (as output by the SMM Learner): one row per spike, one double column per "
                            + "band. When connected, a spectra plot is added."))
            .inPort(PortDef.optionalTable("Band axis",
                    "Optional band-axis table (as output by the Spectral Cube Reader): the x axis of the spectra "
                            + "plot."))
            .outPort(PortDef.object("Label map", IMAGE_PORT_CLASS, "The label map as a PNG image."))
            .outPort(PortDef.table("Images",
                    "One row per image, with its name and a PNG cell: the label map, each responsibility map, the "
                            + "confidence map (each pixel's largest responsibility) and the spectra plot."))
            .build();

    private SegmentationRendererSettings() {
    }
}
