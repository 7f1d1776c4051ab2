package io.spikemix.engine.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several segmentations of the same pixels side by side, each with its title (e.g. SMM | GMM | k-means, as in the
 * paper's figures), with colours aligned to the first one by {@link ColorAlignment} so that corresponding segments
 * look alike. Each map carries its own legend (its own cluster ids in their aligned colours) unless disabled.
 *
 * <p>Headless; complexity O(maps · height · width · scale²) plus the alignments.
 */
public final class ComparisonPanel {

    /**
     * One segmentation of the panel.
     *
     * @param title shown above the map
     * @param map   the segmentation
     */
    public record Entry(String title, LabelMap map) {
        public Entry {
            Objects.requireNonNull(map, "map");
        }
    }

    /**
     * A rendered panel.
     *
     * @param image   the panel image
     * @param xOffset for each entry, the x of its sub-image in the panel (all sub-images start at y = 0)
     * @param layouts for each entry, the layout of its sub-image (coordinates relative to that sub-image)
     * @param colors  for each entry, the colour assignment used
     */
    public record Panel(BufferedImage image, int[] xOffset, List<LabelMapRenderer.Layout> layouts,
            List<ClusterColors> colors) {
    }

    private final LabelMapRenderer renderer;
    private final boolean alignColors;

    /**
     * @param renderer    renders each map; its title is replaced by the entry's title
     * @param alignColors true to align colours to the first entry, false to draw colour = id
     */
    public ComparisonPanel(LabelMapRenderer renderer, boolean alignColors) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.alignColors = alignColors;
    }

    /** A panel with legends, scale {@code scale} and aligned colours. */
    public static ComparisonPanel withScale(int scale) {
        return new ComparisonPanel(LabelMapRenderer.builder().scale(scale).build(), true);
    }

    /**
     * Renders the entries left to right.
     *
     * @throws IllegalArgumentException if there are no entries or the maps differ in shape
     */
    public Panel render(List<Entry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A comparison panel needs at least one label map. Got 0 instead.");
        }
        List<LabelMap> maps = entries.stream().map(Entry::map).toList();
        CategoricalPalette palette = renderer.palette();
        List<ClusterColors> colors = alignColors ? ColorAlignment.align(maps, 0, palette)
                : maps.stream().map(m -> ClusterColors.byId(palette)).toList();
        List<BufferedImage> images = new ArrayList<>();
        List<LabelMapRenderer.Layout> layouts = new ArrayList<>();
        int[] offsets = new int[entries.size()];
        int width = 0;
        int height = 0;
        for (int i = 0; i < entries.size(); i++) {
            LabelMapRenderer titled = renderer.toBuilder().title(entries.get(i).title()).build();
            BufferedImage image = titled.render(maps.get(i), colors.get(i));
            layouts.add(titled.layout(maps.get(i)));
            images.add(image);
            offsets[i] = width;
            width += image.getWidth();
            height = Math.max(height, image.getHeight());
        }
        Canvas.requireDrawable(width, height);
        BufferedImage panel = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Canvas.create(panel);
        try {
            for (int i = 0; i < images.size(); i++) {
                g.drawImage(images.get(i), offsets[i], 0, null);
            }
        } finally {
            g.dispose();
        }
        return new Panel(panel, offsets, List.copyOf(layouts), List.copyOf(colors));
    }
}
