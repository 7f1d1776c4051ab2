package io.spikemix.engine.render;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which palette colour each cluster id of one segmentation is drawn in. By default id k gets palette colour k;
 * {@link ColorAlignment} builds other assignments so that corresponding clusters of different segmentations share
 * a colour. Immutable.
 */
public final class ClusterColors {

    private final CategoricalPalette palette;
    private final Map<Integer, Integer> slotOfId;

    private ClusterColors(CategoricalPalette palette, Map<Integer, Integer> slotOfId) {
        this.palette = palette;
        this.slotOfId = slotOfId;
    }

    /** Cluster id k in palette colour k. */
    public static ClusterColors byId(CategoricalPalette palette) {
        return new ClusterColors(Objects.requireNonNull(palette, "palette"), Map.of());
    }

    /**
     * Cluster ids in the given palette slots; ids not in the map keep slot = id.
     *
     * @param slotOfId cluster id → palette index (both ≥ 0); copied
     */
    public static ClusterColors withSlots(CategoricalPalette palette, Map<Integer, Integer> slotOfId) {
        Objects.requireNonNull(palette, "palette");
        TreeMap<Integer, Integer> copy = new TreeMap<>();
        slotOfId.forEach((id, slot) -> {
            if (id < 0 || slot < 0) {
                throw new IllegalArgumentException("Cluster ids and palette slots must be >= 0. Got id " + id
                        + " -> slot " + slot + " instead.");
            }
            copy.put(id, slot);
        });
        return new ClusterColors(palette, Collections.unmodifiableMap(copy));
    }

    /** The palette slot of cluster {@code id} (≥ 0), or −1 for a masked (negative) id. */
    public int slot(int id) {
        return id < 0 ? -1 : slotOfId.getOrDefault(id, id);
    }

    /** The 0xRRGGBB colour of cluster {@code id}; negative ids get the masked colour. */
    public int rgb(int id) {
        return palette.rgb(slot(id));
    }

    /** The palette the slots index into. */
    public CategoricalPalette palette() {
        return palette;
    }
}
