package io.spikemix.engine.spatial;

import java.util.Arrays;
import java.util.Objects;

import io.spikemix.engine.data.SpectralCube;

/**
 * The neighbour lists V(i) of the pixels of an image, by data row: row i's neighbours are the rows of the pixels
 * next to it on the grid (four or eight, {@link Neighbourhood}). Masked pixels have no row and therefore neither
 * have nor are neighbours: they have no influence on spatial EM (method.md §8). Neighbour lists are symmetric
 * (j ∈ V(i) exactly when i ∈ V(j)) and sorted, so every sum over them runs in one fixed order.
 *
 * <p>Also holds the rows of each colour of the neighbourhood's colouring, in increasing order; no two rows of a
 * colour are neighbours. Memory: N + 1 + N·|V| ints for the lists, N ints for the colours, and while building one
 * int per grid pixel. Immutable.
 */
public final class SpatialGrid {

    private final int rows;
    private final Neighbourhood neighbourhood;
    private final int[] offsets;
    private final int[] neighbours;
    private final int[][] colourRows;

    private SpatialGrid(int rows, Neighbourhood neighbourhood, int[] offsets, int[] neighbours, int[][] colourRows) {
        this.rows = rows;
        this.neighbourhood = neighbourhood;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.colourRows = colourRows;
    }

    /**
     * The grid of a cube's valid pixels.
     *
     * @throws IllegalArgumentException when the cube has no image shape (a plain table of spectra)
     */
    public static SpatialGrid of(SpectralCube cube, Neighbourhood neighbourhood) {
        Objects.requireNonNull(cube, "cube");
        if (!cube.hasImageShape()) {
            throw new IllegalArgumentException("Spatial EM needs the pixels' image grid, but these spectra are a table "
                    + "without one (no image height and width). Use beta 0 or an image format.");
        }
        int n = cube.validCount();
        int[] x = new int[n];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            x[r] = cube.x(r);
            y[r] = cube.y(r);
        }
        return fromCoordinates(x, y, neighbourhood);
    }

    /**
     * The grid of pixels given by their coordinates, row i at (x[i], y[i]) (a pixel table's x and y columns).
     *
     * @throws IllegalArgumentException on negative or repeated coordinates, or a bounding box over 2³¹ − 1 pixels
     */
    public static SpatialGrid fromCoordinates(int[] x, int[] y, Neighbourhood neighbourhood) {
        Objects.requireNonNull(neighbourhood, "neighbourhood");
        if (x.length != y.length) {
            throw new IllegalArgumentException("Every pixel needs an x and a y. Got " + x.length + " x and " + y.length
                    + " y instead.");
        }
        int n = x.length;
        int maxX = 0;
        int maxY = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] < 0 || y[i] < 0) {
                throw new IllegalArgumentException("Pixel coordinates must be >= 0. Got (" + x[i] + ", " + y[i]
                        + ") for pixel " + i + " instead.");
            }
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        long cells = ((long) maxX + 1) * ((long) maxY + 1);
        if (cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Pixel coordinates up to (" + maxX + ", " + maxY + ") imply more than "
                    + Integer.MAX_VALUE + " pixels.");
        }
        int width = maxX + 1;
        int height = maxY + 1;
        int[] rowAt = new int[(int) cells];
        Arrays.fill(rowAt, -1);
        for (int i = 0; i < n; i++) {
            int cell = y[i] * width + x[i];
            if (rowAt[cell] >= 0) {
                throw new IllegalArgumentException("Pixel (" + x[i] + ", " + y[i] + ") occurs more than once (rows "
                        + rowAt[cell] + " and " + i + "). Each coordinate may appear only once.");
            }
            rowAt[cell] = i;
        }
        int[] offsets = new int[n + 1];
        int[] buffer = new int[n * neighbourhood.size()];
        int[] found = new int[neighbourhood.size()];
        int used = 0;
        int[] colourCount = new int[neighbourhood.colours()];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x[i] + dx;
                    int yy = y[i] + dy;
                    if (!neighbourhood.contains(dx, dy) || xx < 0 || yy < 0 || xx >= width || yy >= height) {
                        continue;
                    }
                    int j = rowAt[yy * width + xx];
                    if (j >= 0) {
                        found[m++] = j;
                    }
                }
            }
            Arrays.sort(found, 0, m);
            System.arraycopy(found, 0, buffer, used, m);
            used += m;
            offsets[i + 1] = used;
            colourCount[neighbourhood.colour(x[i], y[i])]++;
        }
        int[][] colourRows = new int[neighbourhood.colours()][];
        for (int c = 0; c < colourRows.length; c++) {
            colourRows[c] = new int[colourCount[c]];
        }
        int[] fill = new int[colourRows.length];
        for (int i = 0; i < n; i++) {
            int c = neighbourhood.colour(x[i], y[i]);
            colourRows[c][fill[c]++] = i;
        }
        return new SpatialGrid(n, neighbourhood, offsets, Arrays.copyOf(buffer, used), colourRows);
    }

    /**
     * The checks of a fitter given a grid for spatial EM: one message each for a missing grid, a grid of another
     * size and one of another neighbourhood than the options ask for.
     *
     * @throws IllegalArgumentException when the grid does not fit
     */
    public static void require(SpatialGrid grid, int rows, SpatialOptions spatial) {
        if (grid == null) {
            throw new IllegalArgumentException("Spatial EM (beta = " + spatial.beta() + " > 0) needs the pixels' "
                    + "image grid, but none was given. Use beta 0 or data with an image shape.");
        }
        if (grid.rows() != rows) {
            throw new IllegalArgumentException("The image grid has " + grid.rows() + " pixels but the data have "
                    + rows + " rows.");
        }
        if (grid.neighbourhood() != spatial.neighbourhood()) {
            throw new IllegalArgumentException("The image grid has " + grid.neighbourhood() + " neighbours but the "
                    + "options ask for " + spatial.neighbourhood() + ".");
        }
    }

    /** Number of pixels (data rows). */
    public int rows() {
        return rows;
    }

    public Neighbourhood neighbourhood() {
        return neighbourhood;
    }

    /** Number of neighbours of row i. */
    public int degree(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The rows next to row i, increasing. */
    public int[] neighboursOf(int i) {
        return Arrays.copyOfRange(neighbours, offsets[i], offsets[i + 1]);
    }

    int start(int i) {
        return offsets[i];
    }

    int end(int i) {
        return offsets[i + 1];
    }

    int neighbourAt(int p) {
        return neighbours[p];
    }

    /** Number of colour classes. */
    public int colours() {
        return colourRows.length;
    }

    /** The rows of colour c, increasing; no two are neighbours. */
    int[] colourRows(int c) {
        return colourRows[c];
    }

    @Override
    public String toString() {
        return "SpatialGrid[" + rows + " pixels, " + neighbourhood + " neighbours, " + neighbours.length / 2
                + " neighbour pairs]";
    }
}
