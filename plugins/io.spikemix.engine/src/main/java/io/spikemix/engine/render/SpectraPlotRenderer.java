package io.spikemix.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.spikemix.engine.data.BandAxis;

/**
 * Line plot of spikes (or any spectra) against the band axis, one line per spike in the colour of its cluster in
 * the label map, drawn with JFreeChart. The x axis is labelled with the band quantity and unit (e.g.
 * "Wavelength (nm)", "m/z"); the caller decides what the y values are (spikes in normalised units, or "undone" to raw
 * units, see method.md §6) and says so with {@link Builder#yLabel}.
 *
 * <p>Lines are drawn without antialiasing so each line has exactly its cluster colour. Headless; immutable and
 * thread-safe (a new chart per call). O(K·d) for K spikes of d bands.
 */
public final class SpectraPlotRenderer {

    /**
     * One line.
     *
     * @param name      legend entry, e.g. "Spike 3"
     * @param clusterId the cluster whose colour the line takes (via {@link ClusterColors})
     * @param values    one finite value per band
     */
    public record Series(String name, int clusterId, double[] values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values");
        }
    }

    private final int width;
    private final int height;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean legend;
    private final float lineWidth;

    private SpectraPlotRenderer(Builder b) {
        this.width = b.width;
        this.height = b.height;
        this.title = b.title;
        this.xLabel = b.xLabel;
        this.yLabel = b.yLabel;
        this.legend = b.legend;
        this.lineWidth = b.lineWidth;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Plots with colour = cluster id in {@link CategoricalPalette#DEFAULT}. */
    public BufferedImage render(BandAxis axis, List<Series> series) {
        return render(axis, series, ClusterColors.byId(CategoricalPalette.DEFAULT));
    }

    /**
     * Plots {@code series} against {@code axis}.
     *
     * @throws IllegalArgumentException if a series does not have one finite value per band
     */
    public BufferedImage render(BandAxis axis, List<Series> series, ClusterColors colors) {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(colors, "colors");
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            if (line.values().length != axis.size()) {
                throw new IllegalArgumentException("Spectrum '" + line.name() + "' has " + line.values().length
                        + " values but the band axis has " + axis.size() + " bands.");
            }
            // Series keys must be unique in JFreeChart; the index suffix keeps duplicate names apart.
            XYSeries xy = new XYSeries(new SeriesKey(line.name(), s), false, true);
            for (int f = 0; f < axis.size(); f++) {
                double v = line.values()[f];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Spectrum '" + line.name() + "' must be finite. Got " + v
                            + " at band " + f + " instead.");
                }
                xy.add(axis.value(f), v);
            }
            dataset.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel != null ? xLabel : axisLabel(axis), yLabel,
                dataset, PlotOrientation.VERTICAL, legend, false, false);
        chart.setAntiAlias(false);
        chart.setBackgroundPaint(Canvas.BACKGROUND);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(Canvas.TITLE_FONT);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < series.size(); s++) {
            lines.setSeriesPaint(s, new Color(colors.rgb(series.get(s).clusterId())));
            lines.setSeriesStroke(s, new BasicStroke(lineWidth));
        }
        plot.setRenderer(lines);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.create(image);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The x-axis label for a band axis: the quantity the unit implies plus the unit, e.g. "Wavelength (nm)",
     * "Wavenumber (cm-1)", "m/z", or "Band index" for axes without physical values.
     */
    public static String axisLabel(BandAxis axis) {
        if (axis.isIndexOnly()) {
            return "Band index";
        }
        String unit = axis.unit().trim();
        String lower = unit.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "nm", "nanometers", "nanometer", "um", "µm", "micrometers", "micrometer", "micrometre",
                    "micrometres" -> "Wavelength (" + unit + ")";
            case "cm-1", "cm^-1", "1/cm", "wavenumber" -> "Wavenumber (" + unit + ")";
            case "m/z", "mz" -> "m/z";
            case "" -> "Band";
            default -> "Band (" + unit + ")";
        };
    }

    /** Legend text = name; equality includes the index so duplicate names stay separate series. */
    private record SeriesKey(String name, int index) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Builder; defaults: 800 × 450 pixels, no title, y label "Value", legend on, 2-pixel lines. */
    public static final class Builder {
        private int width = 800;
        private int height = 450;
        private String title;
        private String xLabel;
        private String yLabel = "Value";
        private boolean legend = true;
        private float lineWidth = 2f;

        private Builder() {
        }

        /** Image size in pixels, each in [100, 10000]. */
        public Builder size(int width, int height) {
            if (width < 100 || width > 10_000 || height < 100 || height > 10_000) {
                throw new IllegalArgumentException("The 'size' parameter must be in [100, 10000] x [100, 10000]. Got "
                        + width + " x " + height + " instead.");
            }
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Overrides the x label derived from the band axis ({@link #axisLabel}); null = derived. */
        public Builder xLabel(String xLabel) {
            this.xLabel = xLabel;
            return this;
        }

        /** The y label, e.g. "Spike (min-max normalised)" or "Intensity (raw units)". */
        public Builder yLabel(String yLabel) {
            this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
            return this;
        }

        public Builder legend(boolean legend) {
            this.legend = legend;
            return this;
        }

        /** Line width in pixels, in [1, 10]; default 2. */
        public Builder lineWidth(float lineWidth) {
            if (!(lineWidth >= 1 && lineWidth <= 10)) {
                throw new IllegalArgumentException("The 'lineWidth' parameter must be in [1, 10]. Got " + lineWidth
                        + " instead.");
            }
            this.lineWidth = lineWidth;
            return this;
        }

        public SpectraPlotRenderer build() {
            return new SpectraPlotRenderer(this);
        }
    }
}
