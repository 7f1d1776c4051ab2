package io.spikemix.engine.spatial;

import java.util.Locale;

/**
 * Which pixels of the image grid count as neighbours V(i) of a pixel in neighbourhood EM (method.md §8): the four
 * that share an edge, or the eight that share an edge or a corner.
 *
 * <p>Each neighbourhood comes with a colouring of the grid in which no two neighbours share a colour, so that all
 * pixels of one colour can be updated at once, independently of each other (method.md eq. 38): (x + y) mod 2 for
 * four neighbours (a checkerboard), (x mod 2) + 2·(y mod 2) for eight.
 */
public enum Neighbourhood {
    /** Left, right, up, down. */
    FOUR(4, 2),
    /** The four of {@link #FOUR} and the four diagonals. */
    EIGHT(8, 4);

    private final int size;
    private final int colours;

    Neighbourhood(int size, int colours) {
        this.size = size;
        this.colours = colours;
    }

    /** Most neighbours a pixel can have. */
    public int size() {
        return size;
    }

    /** Colours of the grid colouring. */
    public int colours() {
        return colours;
    }

    /** The colour of pixel (x, y); neighbours never share one. */
    public int colour(int x, int y) {
        return this == FOUR ? (x + y) & 1 : (x & 1) + 2 * (y & 1);
    }

    /** Whether (dx, dy) ≠ (0, 0) is a neighbour offset. */
    boolean contains(int dx, int dy) {
        if (dx == 0 && dy == 0) {
            return false;
        }
        return this == EIGHT ? Math.abs(dx) <= 1 && Math.abs(dy) <= 1 : Math.abs(dx) + Math.abs(dy) == 1;
    }

    /** 4 or 8, as the command line and the nodes spell it. */
    public static Neighbourhood of(int count) {
        if (count == 4) {
            return FOUR;
        }
        if (count == 8) {
            return EIGHT;
        }
        throw new IllegalArgumentException("The neighbourhood must be 4 or 8. Got " + count + " instead.");
    }

    @Override
    public String toString() {
        return Integer.toString(size).toLowerCase(Locale.ROOT);
    }
}
