package io.spikemix.engine.io;

/** How the numeric array of a MATLAB file holds the cube. */
public enum MatLayout {
    /** Decided from the rank: a 3-D array is {@link #HEIGHT_WIDTH_BANDS}; a 2-D one needs an explicit layout. */
    AUTO,
    /** A 3-D array of size lines × samples × bands (MATLAB's usual {@code img(row, col, band)}). */
    HEIGHT_WIDTH_BANDS,
    /** A 2-D matrix with one column per pixel; pixels are numbered column-major over (row, col), as MATLAB does. */
    BANDS_BY_PIXELS,
    /** A 2-D matrix with one row per pixel; pixels are numbered column-major over (row, col), as MATLAB does. */
    PIXELS_BY_BANDS
}
