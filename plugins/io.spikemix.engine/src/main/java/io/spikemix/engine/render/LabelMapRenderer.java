package io.spikemix.engine.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Draws a {@link LabelMap} as an image: every pixel becomes a scale × scale block (nearest-neighbour upscaling, no
 * smoothing, so cluster boundaries stay exact) in its cluster's colour, masked pixels in the palette's masked
 * colour, with an optional title above and an optional legend (one swatch and id per cluster) to the right.
 *
 * <p>Works headless ({@code java.awt.headless=true}): it only draws into a {@link BufferedImage}. Immutable and
 * thread-safe. Complexity O(height·width·scale²).
 *
 * <pre>{@code
 * BufferedImage img = LabelMapRenderer.builder().scale(4).title("SMM, K = 6").build().render(map);
 * PngImages.write(img, Path.of("smm.png"));
 * }</pre>
 */
public final class LabelMapRenderer {

    /**
     * Where things are in a rendered label map.
     *
     * @param width    image width in pixels
     * @param height   image height in pixels
     * @param map      the area covered by the map; map pixel (x, y) covers (map.x + x·scale, map.y + y·scale) and
     *                 the scale − 1 pixels after it in each direction
     * @param scale    the upscaling factor
     * @param swatches legend swatch per cluster id, in ascending id order (empty without legend)
     */
    public record Layout(int width, int height, Rectangle map, int scale, Map<Integer, Rectangle> swatches) {

        /** The image pixel at the top-left corner of map pixel (x, y). */
        public int imageX(int x) {
            return map.x + x * scale;
        }

        /** The image pixel at the top-left corner of map pixel (x, y). */
        public int imageY(int y) {
            return map.y + y * scale;
        }
    }

    private static final int SWATCH = 14;
    private static final int LEGEND_ROW = 18;

    private final int scale;
    private final String title;
    private final boolean legend;
    private final CategoricalPalette palette;

    private LabelMapRenderer(Builder b) {
        this.scale = b.scale;
        this.title = b.title;
        this.legend = b.legend;
        this.palette = b.palette;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with the same settings, to derive a variant (e.g. another title). */
    public Builder toBuilder() {
        return new Builder().scale(scale).title(title).legend(legend).palette(palette);
    }

    /** The palette the maps are drawn with. */
    public CategoricalPalette palette() {
        return palette;
    }

    /** Renders with colour = cluster id. */
    public BufferedImage render(LabelMap map) {
        return render(map, ClusterColors.byId(palette));
    }

    /** Renders with the given colour assignment (for example one from {@link ColorAlignment}). */
    public BufferedImage render(LabelMap map, ClusterColors colors) {
        Objects.requireNonNull(colors, "colors");
        Layout layout = layout(map);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.create(image);
        try {
            if (title != null) {
                Canvas.drawText(g, title, Canvas.TITLE_FONT, Canvas.MARGIN, Canvas.MARGIN);
            }
            int[] labels = map.labelsView();
            int[] row = new int[map.width() * scale];
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    int rgb = colors.rgb(labels[y * map.width() + x]);
                    java.util.Arrays.fill(row, x * scale, (x + 1) * scale, rgb);
                }
                for (int dy = 0; dy < scale; dy++) {
                    image.setRGB(layout.map().x, layout.map().y + y * scale + dy, row.length, 1, row, 0, row.length);
                }
            }
            for (Map.Entry<Integer, Rectangle> e : layout.swatches().entrySet()) {
                Rectangle r = e.getValue();
                g.setColor(new java.awt.Color(colors.rgb(e.getKey())));
                g.fillRect(r.x, r.y, r.width, r.height);
                g.setColor(Canvas.TEXT);
                g.drawRect(r.x - 1, r.y - 1, r.width + 1, r.height + 1);
                int textTop = r.y + (r.height - Canvas.textHeight(Canvas.LABEL_FONT)) / 2;
                Canvas.drawText(g, String.valueOf(e.getKey()), Canvas.LABEL_FONT, r.x + r.width + 6, textTop);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The layout {@link #render} produces for {@code map}, without drawing. */
    public Layout layout(LabelMap map) {
        int mapWidth = map.width() * scale;
        int mapHeight = map.height() * scale;
        Canvas.requireDrawable((long) map.width() * scale, (long) map.height() * scale);
        int top = Canvas.MARGIN;
        int titleWidth = 0;
        if (title != null) {
            top += Canvas.textHeight(Canvas.TITLE_FONT) + 4;
            titleWidth = Canvas.textWidth(Canvas.TITLE_FONT, title);
        }
        Rectangle mapArea = new Rectangle(Canvas.MARGIN, top, mapWidth, mapHeight);
        int right = mapArea.x + mapWidth;
        int bottom = top + mapHeight;
        Map<Integer, Rectangle> swatches = new LinkedHashMap<>();
        if (legend) {
            int x = right + Canvas.GAP;
            int y = top;
            int widest = 0;
            for (int id : map.clusterIds()) {
                swatches.put(id, new Rectangle(x + 1, y + 1, SWATCH, SWATCH));
                widest = Math.max(widest, Canvas.textWidth(Canvas.LABEL_FONT, String.valueOf(id)));
                y += LEGEND_ROW;
            }
            if (!swatches.isEmpty()) {
                right = x + SWATCH + 2 + 6 + widest;
                bottom = Math.max(bottom, y);
            }
        }
        int width = Math.max(right, Canvas.MARGIN + titleWidth) + Canvas.MARGIN;
        int height = bottom + Canvas.MARGIN;
        return new Layout(width, height, mapArea, scale, Collections.unmodifiableMap(swatches));
    }

    /** Builder; defaults: scale 1, no title, legend on, {@link CategoricalPalette#DEFAULT}. */
    public static final class Builder {
        private int scale = 1;
        private String title;
        private boolean legend = true;
        private CategoricalPalette palette = CategoricalPalette.DEFAULT;

        private Builder() {
        }

        /** Integer nearest-neighbour upscaling factor in [1, 64]; default 1. */
        public Builder scale(int scale) {
            this.scale = Canvas.requireScale(scale);
            return this;
        }

        /** Title drawn above the map; null (default) for none. */
        public Builder title(String title) {
            this.title = title == null || title.isBlank() ? null : title;
            return this;
        }

        /** Whether to draw a legend of the clusters present; default true. */
        public Builder legend(boolean legend) {
            this.legend = legend;
            return this;
        }

        public Builder palette(CategoricalPalette palette) {
            this.palette = Objects.requireNonNull(palette, "palette");
            return this;
        }

        public LabelMapRenderer build() {
            return new LabelMapRenderer(this);
        }
    }
}
