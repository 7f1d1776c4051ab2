package io.spikemix.engine.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.spikemix.engine.select.ScanResult;

/**
 * The curves of a K scan (method.md §9), one panel per method stacked top to bottom: BIC and ICL against K for the
 * mixture models, the silhouette for k-means, with a solid vertical line at the recommended K and a dotted one at
 * the knee of the likelihood (k-means: inertia) curve.
 */
public final class KScanPlotRenderer {

    private static final Color FIRST = new Color(0x1F77B4);
    private static final Color SECOND = new Color(0xFF7F0E);
    private static final Color RECOMMENDED = new Color(0xC00000);
    private static final Color KNEE = new Color(0x707070);

    private final int width;
    private final int panelHeight;

    /**
     * @param width       image width in pixels, ≥ 200
     * @param panelHeight height of each method's panel, ≥ 120
     */
    public KScanPlotRenderer(int width, int panelHeight) {
        if (width < 200 || panelHeight < 120) {
            throw new IllegalArgumentException("The K-scan plot must be at least 200 x 120 pixels per panel. Got "
                    + width + " x " + panelHeight + " instead.");
        }
        this.width = width;
        this.panelHeight = panelHeight;
    }

    /** One image with a panel per result, in the given order. */
    public BufferedImage render(List<ScanResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("The K-scan plot needs at least one method's result.");
        }
        BufferedImage image = new BufferedImage(width, panelHeight * results.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.create(image);
        try {
            for (int i = 0; i < results.size(); i++) {
                chart(results.get(i)).draw(g, new Rectangle2D.Double(0, i * panelHeight, width, panelHeight));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static JFreeChart chart(ScanResult r) {
        int[] k = r.k();
        XYSeriesCollection data = new XYSeriesCollection();
        String yLabel;
        String title;
        if (r.method().hasLikelihood()) {
            data.addSeries(series("BIC", k, r.bic()));
            data.addSeries(series("ICL", k, r.icl()));
            yLabel = "criterion (lower is better)";
            title = r.method().label() + ": BIC and ICL against K";
        } else {
            data.addSeries(series("silhouette (squared distances)", k, r.silhouette()));
            yLabel = "silhouette (higher is better)";
            title = r.method().label() + ": silhouette against K";
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "K", yLabel, data, PlotOrientation.VERTICAL, true, false,
                false);
        chart.setAntiAlias(false);
        chart.setBackgroundPaint(Canvas.BACKGROUND);
        chart.getTitle().setFont(Canvas.TITLE_FONT);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        lines.setSeriesPaint(0, FIRST);
        lines.setSeriesPaint(1, SECOND);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        lines.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(lines);
        if (r.recommendedK() > 0) {
            plot.addDomainMarker(marker(r.recommendedK(), RECOMMENDED, new BasicStroke(2f),
                    "recommended K = " + r.recommendedK() + " (" + r.criterion() + ")"));
        }
        if (r.kneeK() > 0) {
            plot.addDomainMarker(marker(r.kneeK(), KNEE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] { 3f, 3f }, 0f), "knee K = " + r.kneeK()));
        }
        return chart;
    }

    private static XYSeries series(String name, int[] k, double[] values) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < k.length; i++) {
            if (Double.isFinite(values[i])) {
                s.add(k[i], values[i]);
            }
        }
        return s;
    }

    private static ValueMarker marker(int k, Color color, BasicStroke stroke, String label) {
        ValueMarker m = new ValueMarker(k, color, stroke);
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelPaint(color);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        return m;
    }
}
