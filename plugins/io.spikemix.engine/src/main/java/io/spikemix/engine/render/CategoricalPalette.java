package io.spikemix.engine.render;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * Colours for cluster ids in label maps, legends and spectra plots: a fixed colour per id, chosen to stay
 * distinguishable for many clusters and for observers with common colour-vision deficiencies.
 *
 * <p>{@link #DEFAULT} has 24 colours. The first seven are the Okabe–Ito set (Okabe and Ito, "Color Universal
 * Design", 2008; its black is left out because it is used for text). The other 17 were chosen greedily from the
 * sRGB grid with steps of 15 (restricted to 28 ≤ L* ≤ 92 so no colour is near-black or near-white): each
 * added the candidate whose smallest CIEDE2000 difference to the colours already chosen, to white, black and the
 * masked grey, taken over normal vision and simulated deuteranopia and protanopia ({@link ColorVisionDeficiency}),
 * was largest. The result keeps every pair at least ΔE00 ≥ 9 apart in all three kinds of vision (checked by
 * {@code CategoricalPaletteTest}). Masked pixels are light grey (0xD9D9D9).
 *
 * <p>Ids beyond the base colours reuse them, darkened (odd rounds) or lightened (even rounds) by a third per
 * round; these are still fixed per id but are no longer guaranteed to be distinct from all others.
 */
public final class CategoricalPalette {

    private static final int[] BASE = {
        0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x960000,
        0x4B5A5A, 0xA5D296, 0x4B3C69, 0x3C00D2, 0x5A694B, 0x3C87FF, 0xA5E1FF, 0xC3A5A5,
        0x697878, 0xB43C00, 0x4BB469, 0x5A3C2D, 0x696987, 0x3C963C, 0x96FF96, 0x691EFF};

    /** Light grey for masked and background pixels of label maps. */
    public static final int MASKED_RGB = 0xD9D9D9;

    /** The default 24-colour palette with the light-grey masked colour. */
    public static final CategoricalPalette DEFAULT = new CategoricalPalette(BASE, MASKED_RGB);

    private final int[] colors;
    private final int masked;

    private CategoricalPalette(int[] colors, int masked) {
        this.colors = colors;
        this.masked = masked;
    }

    /**
     * A palette with user-chosen colours.
     *
     * @param colors    distinct 0xRRGGBB colours, at least one; not modified
     * @param maskedRgb the 0xRRGGBB colour of masked pixels
     */
    public static CategoricalPalette of(int[] colors, int maskedRgb) {
        Objects.requireNonNull(colors, "colors");
        if (colors.length == 0) {
            throw new IllegalArgumentException("A palette needs at least one colour. Got 0 instead.");
        }
        int[] copy = new int[colors.length];
        for (int i = 0; i < colors.length; i++) {
            copy[i] = colors[i] & 0xFFFFFF;
        }
        return new CategoricalPalette(copy, maskedRgb & 0xFFFFFF);
    }

    /** The number of base colours before ids start to reuse them. */
    public int size() {
        return colors.length;
    }

    /** The base colours as 0xRRGGBB, in id order. */
    public int[] baseColors() {
        return colors.clone();
    }

    /**
     * The colour of cluster {@code id} as 0xRRGGBB; negative ids are masked.
     */
    public int rgb(int id) {
        if (id < 0) {
            return masked;
        }
        int base = colors[id % colors.length];
        int round = id / colors.length;
        if (round == 0) {
            return base;
        }
        // Each further round shifts towards black (odd) or white (even) by one third more.
        double amount = Math.min(0.9, ((round + 1) / 2) / 3.0);
        int target = round % 2 == 1 ? 0x000000 : 0xFFFFFF;
        return blend(base, target, amount);
    }

    /** The colour of cluster {@code id}; negative ids are masked. */
    public Color color(int id) {
        return new Color(rgb(id));
    }

    /** The masked/background colour as 0xRRGGBB. */
    public int maskedRgb() {
        return masked;
    }

    /** The masked/background colour. */
    public Color masked() {
        return new Color(masked);
    }

    private static int blend(int from, int to, double t) {
        int r = (int) Math.round(((from >> 16) & 0xFF) * (1 - t) + ((to >> 16) & 0xFF) * t);
        int g = (int) Math.round(((from >> 8) & 0xFF) * (1 - t) + ((to >> 8) & 0xFF) * t);
        int b = (int) Math.round((from & 0xFF) * (1 - t) + (to & 0xFF) * t);
        return (r << 16) | (g << 8) | b;
    }

    @Override
    public String toString() {
        return "CategoricalPalette" + Arrays.stream(colors).mapToObj(c -> String.format("#%06X", c)).toList();
    }
}
