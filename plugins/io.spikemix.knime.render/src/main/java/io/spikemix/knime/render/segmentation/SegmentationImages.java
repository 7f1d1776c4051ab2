package io.spikemix.knime.render.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.render.ResponsibilityMapRenderer;
import io.spikemix.engine.render.ScalarMap;
import io.spikemix.engine.render.SpectraPlotRenderer;

/**
 * The PNG images of the Segmentation Renderer, from plain arrays read off the tables: the label map, one map per
 * responsibility column, and the spectra plot of the spikes. The drawing is the engine's ({@link LabelMapRenderer},
 * {@link ResponsibilityMapRenderer}, {@link SpectraPlotRenderer}); this class decides what is drawn with which
 * options. Pure Java; headless.
 *
 * <p>The image is the bounding box (0, 0) … (max x, max y) of the pixel coordinates; pixels without a row and
 * pixels with a negative (missing) cluster are background. Spikes are coloured like the cluster with their number,
 * so spike k's line has the colour of cluster k in the label map.
 */
public final class SegmentationImages {

    /** Name of the label map image (row key of the images table). */
    public static final String LABEL_MAP = "label map";
    /** Name of the spectra plot image. */
    public static final String SPECTRA = "spikes";

    /** Name of the confidence map: each pixel's largest responsibility (issue 16). */
    public static final String CONFIDENCE = "confidence";

    /** One rendered image with its name. */
    public record Image(String name, byte[] png) {
    }

    /** Spikes to plot: one series per spike, coloured by {@code ids[k]}. */
    public record Spikes(double[][] values, int[] ids, BandAxis axis) {
        public Spikes {
            Objects.requireNonNull(values, "values");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(axis, "axis");
            for (double[] v : values) {
                if (v.length != axis.size()) {
                    throw new IllegalArgumentException("Each spike needs one value per band of the axis. Got " + v.length
                            + " values for " + axis.size() + " bands instead.");
                }
            }
        }
    }

    private final LabelMapRenderer labelRenderer;
    private final int scale;
    private final boolean responsibilityMaps;

    /**
     * @param scale              nearest-neighbour upscaling, 1 … 64
     * @param title              label map title, empty for none
     * @param legend             whether the label map has a legend
     * @param responsibilityMaps whether responsibility maps are rendered
     */
    public SegmentationImages(int scale, String title, boolean legend, boolean responsibilityMaps) {
        this.labelRenderer = LabelMapRenderer.builder().scale(scale).title(title).legend(legend).build();
        this.scale = scale;
        this.responsibilityMaps = responsibilityMaps;
    }

    /** The label map renderer, whose {@code layout} tells where each map pixel lands in the image. */
    public LabelMapRenderer labelRenderer() {
        return labelRenderer;
    }

    /**
     * All images, in order: the label map, the responsibility maps (in column order, when enabled) and the spectra
     * plot (when {@code spikes} is given).
     *
     * @param x                    per row, the 0-based x coordinate
     * @param y                    per row, the 0-based y coordinate
     * @param clusters             per row, the cluster id, negative for none (background)
     * @param responsibilityNames  names of the responsibility columns (map titles)
     * @param responsibilities     per responsibility column, one value per row (NaN for missing)
     * @param spikes               the spikes to plot, or null
     */
    public List<Image> render(int[] x, int[] y, int[] clusters, List<String> responsibilityNames,
            List<double[]> responsibilities, Spikes spikes) {
        List<Image> out = new ArrayList<>();
        out.add(new Image(LABEL_MAP, PngImages.encode(labelRenderer.render(LabelMap.fromCoordinates(x, y, clusters)))));
        if (responsibilityMaps) {
            for (int k = 0; k < responsibilityNames.size(); k++) {
                ResponsibilityMapRenderer r = ResponsibilityMapRenderer.builder().scale(scale)
                        .title(responsibilityNames.get(k)).build();
                out.add(new Image(responsibilityNames.get(k),
                        PngImages.encode(r.render(ScalarMap.fromCoordinates(x, y, responsibilities.get(k))))));
            }
            if (responsibilityNames.size() > 1) {
                ResponsibilityMapRenderer r = ResponsibilityMapRenderer.builder().scale(scale).title(CONFIDENCE)
                        .range(0, 1).build();
                out.add(new Image(CONFIDENCE, PngImages.encode(r.render(ScalarMap.fromCoordinates(x, y,
                        largest(responsibilities, x.length))))));
            }
        }
        if (spikes != null && spikes.values().length > 0) {
            List<SpectraPlotRenderer.Series> series = new ArrayList<>();
            for (int k = 0; k < spikes.values().length; k++) {
                series.add(new SpectraPlotRenderer.Series("spike " + spikes.ids()[k], spikes.ids()[k],
                        spikes.values()[k]));
            }
            SpectraPlotRenderer plot = SpectraPlotRenderer.builder().title("Spikes").yLabel("Spike value").build();
            out.add(new Image(SPECTRA, PngImages.encode(plot.render(spikes.axis(), series))));
        }
        return out;
    }

    /** Per row the largest responsibility; NaN (a masked pixel in the map) where one is missing. */
    static double[] largest(List<double[]> responsibilities, int rows) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double[] column : responsibilities) {
                best = Double.isNaN(column[i]) || Double.isNaN(best) ? Double.NaN : Math.max(best, column[i]);
            }
            out[i] = best;
        }
        return out;
    }
}
