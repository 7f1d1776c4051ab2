package io.spikemix.knime.render.segmentation;

import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.CLUSTER_COLUMN;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.ResultTables;
import io.spikemix.knime.base.table.TableConventions;

/**
 * The Segmentation Renderer without KNIME: finds the columns it draws (integer {@code x}, {@code y} and cluster
 * columns, the {@code p(k)} responsibility columns when responsibility maps are asked for) and checks the optional
 * spikes and band-axis tables; the drawing itself is {@link SegmentationImages}.
 */
public final class SegmentationRendererCore {

    private SegmentationRendererCore() {
    }

    /** Positions of the columns drawn, and the responsibility columns' names. */
    public record Columns(int x, int y, int cluster, List<String> responsibilityNames, int[] responsibilityColumns) {
    }

    /**
     * @param pixels              the pixel table's columns
     * @param cluster             the Cluster column setting
     * @param spikeFeatures       the spikes table's feature columns, or null when it is not connected
     * @param axisTable           the band-axis table's columns, or null when it is not connected
     * @param responsibilityMaps  whether responsibility maps are drawn
     */
    public static Columns configure(List<ColumnInfo> pixels, String cluster, List<String> spikeFeatures,
            List<ColumnInfo> axisTable, boolean responsibilityMaps) throws CoreInputException {
        int x = intColumn(pixels, TableConventions.X, "pixel coordinate");
        int y = intColumn(pixels, TableConventions.Y, "pixel coordinate");
        if (cluster == null || cluster.isEmpty()) {
            throw new CoreInputException("Select the '" + CLUSTER_COLUMN.label() + "'.");
        }
        int c = intColumn(pixels, cluster, "'" + CLUSTER_COLUMN.label() + "'");
        if (spikeFeatures != null && spikeFeatures.isEmpty()) {
            throw new CoreInputException("The spikes table has no feature column; expected one double column per "
                    + "band.");
        }
        if (axisTable != null) {
            int v = index(axisTable, ResultTables.BAND_VALUE);
            if (v < 0 || !axisTable.get(v).isNumeric()) {
                throw new CoreInputException("The band-axis table needs a numeric column '" + ResultTables.BAND_VALUE
                        + "'.");
            }
        }
        List<String> names = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int i = 0; i < pixels.size() && responsibilityMaps; i++) {
            String n = pixels.get(i).name();
            if (n.startsWith(TableConventions.RESPONSIBILITY_PREFIX) && n.endsWith(")") && pixels.get(i).isNumeric()) {
                names.add(n);
                cols.add(i);
            }
        }
        return new Columns(x, y, c, names, cols.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int intColumn(List<ColumnInfo> table, String name, String role) throws CoreInputException {
        int i = index(table, name);
        if (i < 0) {
            throw new CoreInputException("The input table has no " + role + " column '" + name + "'.");
        }
        if (!table.get(i).isInteger()) {
            throw new CoreInputException("Column '" + name + "' (" + role + ") does not hold integers; expected "
                    + "integers.");
        }
        return i;
    }

    private static int index(List<ColumnInfo> table, String name) {
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
