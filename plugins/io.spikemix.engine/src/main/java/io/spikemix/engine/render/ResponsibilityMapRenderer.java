package io.spikemix.engine.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * Draws a {@link ScalarMap} (typically the responsibilities ρ_ik of one spike k, method.md §2) with the
 * perceptually uniform {@link Viridis} colormap, an optional title and a vertical colour bar with tick labels.
 *
 * <p>Values are mapped linearly from [min, max] (default [0, 1], the range of a responsibility) to the colormap and
 * clamped; NaN pixels get the masked colour. Nearest-neighbour upscaling by an integer factor. Headless, immutable,
 * thread-safe; O(height·width·scale²).
 */
public final class ResponsibilityMapRenderer {

    /**
     * Where things are in a rendered map.
     *
     * @param width  image width
     * @param height image height
     * @param map    area of the map (map pixel (x, y) starts at map.x + x·scale, map.y + y·scale)
     * @param bar    area of the colour bar (top = max, bottom = min); empty rectangle without a bar
     */
    public record Layout(int width, int height, Rectangle map, Rectangle bar) {
    }

    private static final int BAR_WIDTH = 16;
    private static final int TICKS = 5;

    private final int scale;
    private final String title;
    private final boolean colorBar;
    private final double min;
    private final double max;
    private final int maskedRgb;

    private ResponsibilityMapRenderer(Builder b) {
        this.scale = b.scale;
        this.title = b.title;
        this.colorBar = b.colorBar;
        this.min = b.min;
        this.max = b.max;
        this.maskedRgb = b.maskedRgb;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The 0xRRGGBB colour of {@code value} (NaN = masked colour). */
    public int rgb(double value) {
        if (Double.isNaN(value)) {
            return maskedRgb;
        }
        return Viridis.rgb((value - min) / (max - min));
    }

    public BufferedImage render(ScalarMap map) {
        Layout layout = layout(map);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.create(image);
        try {
            if (title != null) {
                Canvas.drawText(g, title, Canvas.TITLE_FONT, Canvas.MARGIN, Canvas.MARGIN);
            }
            double[] values = map.valuesView();
            int[] row = new int[map.width() * scale];
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    Arrays.fill(row, x * scale, (x + 1) * scale, rgb(values[y * map.width() + x]));
                }
                for (int dy = 0; dy < scale; dy++) {
                    image.setRGB(layout.map().x, layout.map().y + y * scale + dy, row.length, 1, row, 0, row.length);
                }
            }
            if (colorBar) {
                drawColorBar(g, layout.bar());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawColorBar(Graphics2D g, Rectangle bar) {
        for (int dy = 0; dy < bar.height; dy++) {
            double t = bar.height == 1 ? 1 : 1 - dy / (double) (bar.height - 1);
            g.setColor(new Color(Viridis.rgb(t)));
            g.fillRect(bar.x, bar.y + dy, bar.width, 1);
        }
        g.setColor(Canvas.TEXT);
        g.drawRect(bar.x - 1, bar.y - 1, bar.width + 1, bar.height + 1);
        int textHeight = Canvas.textHeight(Canvas.LABEL_FONT);
        for (int i = 0; i < TICKS; i++) {
            double fraction = i / (double) (TICKS - 1);
            int y = bar.y + (int) Math.round((1 - fraction) * (bar.height - 1));
            g.setColor(Canvas.TEXT);
            g.fillRect(bar.x + bar.width + 1, y, 4, 1);
            Canvas.drawText(g, tickLabel(min + fraction * (max - min)), Canvas.LABEL_FONT, bar.x + bar.width + 8,
                    y - textHeight / 2);
        }
    }

    private static String tickLabel(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** The layout {@link #render} produces, without drawing. */
    public Layout layout(ScalarMap map) {
        Canvas.requireDrawable((long) map.width() * scale, (long) map.height() * scale);
        int top = Canvas.MARGIN;
        int titleWidth = 0;
        if (title != null) {
            top += Canvas.textHeight(Canvas.TITLE_FONT) + 4;
            titleWidth = Canvas.textWidth(Canvas.TITLE_FONT, title);
        }
        int textHeight = Canvas.textHeight(Canvas.LABEL_FONT);
        // The tick labels at the ends of the bar stick out by half a text line; keep them inside the image.
        int barTop = top + textHeight / 2;
        Rectangle mapArea = new Rectangle(Canvas.MARGIN, top, map.width() * scale, map.height() * scale);
        int right = mapArea.x + mapArea.width;
        int bottom = top + mapArea.height;
        Rectangle bar = new Rectangle();
        if (colorBar) {
            int barHeight = Math.max(mapArea.height - textHeight, 64);
            bar = new Rectangle(right + Canvas.GAP, barTop, BAR_WIDTH, barHeight);
            int labelWidth = 0;
            for (int i = 0; i < TICKS; i++) {
                labelWidth = Math.max(labelWidth,
                        Canvas.textWidth(Canvas.LABEL_FONT, tickLabel(min + i / (TICKS - 1.0) * (max - min))));
            }
            right = bar.x + bar.width + 8 + labelWidth;
            bottom = Math.max(bottom, bar.y + bar.height + textHeight / 2 + 1);
        }
        int width = Math.max(right, Canvas.MARGIN + titleWidth) + Canvas.MARGIN;
        return new Layout(width, bottom + Canvas.MARGIN, mapArea, bar);
    }

    /** Builder; defaults: scale 1, no title, colour bar on, range [0, 1], masked colour light grey. */
    public static final class Builder {
        private int scale = 1;
        private String title;
        private boolean colorBar = true;
        private double min = 0;
        private double max = 1;
        private int maskedRgb = CategoricalPalette.MASKED_RGB;

        private Builder() {
        }

        /** Integer nearest-neighbour upscaling factor in [1, 64]; default 1. */
        public Builder scale(int scale) {
            this.scale = Canvas.requireScale(scale);
            return this;
        }

        public Builder title(String title) {
            this.title = title == null || title.isBlank() ? null : title;
            return this;
        }

        public Builder colorBar(boolean colorBar) {
            this.colorBar = colorBar;
            return this;
        }

        /** The value range mapped to the colormap ends; finite with min &lt; max. Default [0, 1]. */
        public Builder range(double min, double max) {
            if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
                throw new IllegalArgumentException("The 'range' parameter must be finite with min < max. Got ["
                        + min + ", " + max + "] instead.");
            }
            this.min = min;
            this.max = max;
            return this;
        }

        public Builder maskedRgb(int rgb) {
            this.maskedRgb = rgb & 0xFFFFFF;
            return this;
        }

        public ResponsibilityMapRenderer build() {
            return new ResponsibilityMapRenderer(this);
        }
    }
}
