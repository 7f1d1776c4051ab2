package io.spikemix.knime.render.segmentation;

import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.CLUSTER_COLUMN;
import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.DECLARATION;
import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.LEGEND;
import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.RESPONSIBILITY_MAPS;
import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.SCALE;
import static io.spikemix.knime.render.segmentation.SegmentationRendererSettings.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

import io.spikemix.knime.base.SpikeMixNodeModel;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.engine.data.BandAxis;
import io.spikemix.knime.base.PortTypes;
import io.spikemix.knime.base.table.PixelTables;
import io.spikemix.knime.base.table.ResultTables;
import io.spikemix.knime.base.table.SpikeTables;

/**
 * Segmentation Renderer: draws the label map of a segmented pixel table, its responsibility maps and the spectra
 * of the spikes (engine render package through {@link SegmentationImages}); this class reads the columns and wraps
 * the PNGs into an image port and a table of PNG cells.
 */
final class SegmentationRendererNodeModel extends SpikeMixNodeModel {

    /** Column of the images table holding the image name. */
    static final String NAME_COLUMN = "Name";
    /** Column of the images table holding the PNG. */
    static final String IMAGE_COLUMN = "Image";
    /** Rows between two cancellation checks. */
    private static final int CHECK_EVERY = 4096;

    SegmentationRendererNodeModel() {
        super(DECLARATION, PortTypes.of(DECLARATION.inPorts()),
                PortTypes.of(DECLARATION.outPorts(), ImagePortObject.class));
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        columns((DataTableSpec) inSpecs[0], (DataTableSpec) inSpecs[1], (DataTableSpec) inSpecs[2]);
        return new PortObjectSpec[] {new ImagePortObjectSpec(PNGImageContent.TYPE), imagesSpec()};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        BufferedDataTable pixels = (BufferedDataTable) inObjects[0];
        DataTableSpec spec = pixels.getDataTableSpec();
        SegmentationRendererCore.Columns columns = columns(spec,
                inObjects[1] == null ? null : ((BufferedDataTable) inObjects[1]).getDataTableSpec(),
                inObjects[2] == null ? null : ((BufferedDataTable) inObjects[2]).getDataTableSpec());
        int xCol = columns.x();
        int yCol = columns.y();
        int clusterCol = columns.cluster();
        List<String> respNames = columns.responsibilityNames();
        List<Integer> respCols = java.util.Arrays.stream(columns.responsibilityColumns()).boxed().toList();
        long size = pixels.size();
        if (size == 0 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The pixel table has " + size + " rows; expected 1 to "
                    + Integer.MAX_VALUE + ".");
        }
        int n = (int) size;
        int[] x = new int[n];
        int[] y = new int[n];
        int[] clusters = new int[n];
        List<double[]> resp = new ArrayList<>();
        for (int k = 0; k < respCols.size(); k++) {
            resp.add(new double[n]);
        }
        int r = 0;
        try (CloseableRowIterator it = pixels.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell cx = row.getCell(xCol);
                DataCell cy = row.getCell(yCol);
                if (cx.isMissing() || cy.isMissing()) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' has a missing pixel coordinate.");
                }
                x[r] = ((IntValue) cx).getIntValue();
                y[r] = ((IntValue) cy).getIntValue();
                DataCell c = row.getCell(clusterCol);
                clusters[r] = c.isMissing() ? -1 : ((IntValue) c).getIntValue();
                for (int k = 0; k < respCols.size(); k++) {
                    DataCell p = row.getCell(respCols.get(k));
                    resp.get(k)[r] = p.isMissing() ? Double.NaN : ((DoubleValue) p).getDoubleValue();
                }
                if (++r % CHECK_EVERY == 0) {
                    exec.checkCanceled();
                    final int done = r;
                    exec.setProgress(0.5 * done / n, () -> "Read " + done + " of " + n + " pixels");
                }
            }
        }
        SegmentationImages.Spikes spikes = null;
        if (inObjects[1] != null) {
            spikes = spikes((BufferedDataTable) inObjects[1], (BufferedDataTable) inObjects[2], exec);
        }
        exec.setMessage("Rendering");
        SegmentationImages images = new SegmentationImages(settings.getInt(SCALE), settings.getString(TITLE),
                settings.getBoolean(LEGEND), settings.getBoolean(RESPONSIBILITY_MAPS));
        List<SegmentationImages.Image> rendered = images.render(x, y, clusters, respNames, resp, spikes);
        exec.checkCanceled();

        BufferedDataContainer table = exec.createDataContainer(imagesSpec());
        for (SegmentationImages.Image img : rendered) {
            table.addRowToTable(new DefaultRow(new RowKey(img.name()), new StringCell(img.name()),
                    new PNGImageContent(img.png()).toImageCell()));
        }
        table.close();
        ImagePortObject labelMap = new ImagePortObject(new PNGImageContent(rendered.get(0).png()),
                new ImagePortObjectSpec(PNGImageContent.TYPE));
        return new PortObject[] {labelMap, table.getTable()};
    }

    /** The spikes and their band axis: from the band-axis table when given, else from the spike columns. */
    private static SegmentationImages.Spikes spikes(BufferedDataTable spikesTable, BufferedDataTable axisTable,
            ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = spikesTable.getDataTableSpec();
        List<String> features = SpikeTables.featureColumns(spec);
        SpikeTables.Spikes s = SpikeTables.read(spikesTable, features, "the spikes table", exec);
        BandAxis axis;
        if (axisTable == null) {
            int[] idx = features.stream().mapToInt(spec::findColumnIndex).toArray();
            axis = PixelTables.axisOf(spec, idx);
        } else {
            axis = axisFromTable(axisTable);
            if (axis.size() != features.size()) {
                throw new IllegalArgumentException("The band-axis table has " + axis.size() + " bands but the spikes "
                        + "table has " + features.size() + " feature columns; connect the band axis of the same "
                        + "cube.");
            }
        }
        return new SegmentationImages.Spikes(s.values(), s.ids(), axis);
    }

    private static BandAxis axisFromTable(BufferedDataTable table) {
        DataTableSpec spec = table.getDataTableSpec();
        int valueCol = spec.findColumnIndex(ResultTables.BAND_VALUE);
        int unitCol = spec.findColumnIndex(ResultTables.BAND_UNIT);
        List<Double> values = new ArrayList<>();
        String unit = "";
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell v = row.getCell(valueCol);
                if (v.isMissing()) {
                    throw new IllegalArgumentException("Row '" + row.getKey() + "' of the band-axis table has no '"
                            + ResultTables.BAND_VALUE + "'.");
                }
                values.add(((DoubleValue) v).getDoubleValue());
                if (unitCol >= 0 && !row.getCell(unitCol).isMissing()) {
                    unit = ((StringValue) row.getCell(unitCol)).getStringValue();
                }
            }
        }
        return BandAxis.of(values.stream().mapToDouble(Double::doubleValue).toArray(), unit);
    }

    private SegmentationRendererCore.Columns columns(DataTableSpec pixels, DataTableSpec spikes, DataTableSpec axis)
            throws InvalidSettingsException {
        try {
            return SegmentationRendererCore.configure(PixelTables.columns(pixels), settings.getString(CLUSTER_COLUMN),
                    spikes == null ? null : SpikeTables.featureColumns(spikes),
                    axis == null ? null : PixelTables.columns(axis), settings.getBoolean(RESPONSIBILITY_MAPS));
        } catch (CoreInputException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    private static DataTableSpec imagesSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(NAME_COLUMN, StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator(IMAGE_COLUMN, PNGImageContent.TYPE).createSpec());
    }
}
