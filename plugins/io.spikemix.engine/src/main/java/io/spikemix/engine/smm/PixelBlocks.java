package io.spikemix.engine.smm;

/**
 * The engine's fixed pixel block, published for callers that distribute the work (the Spark application): partial
 * sums are formed per block of {@link #ROWS} rows and reduced in block order, so a caller that hands whole blocks to
 * the kernels and adds their partials in block order performs the engine's additions exactly.
 */
public final class PixelBlocks {

    /** Rows per block, {@code EmWorkspace.BLOCK_ROWS}. */
    public static final int ROWS = EmWorkspace.BLOCK_ROWS;

    private PixelBlocks() {
    }
}
