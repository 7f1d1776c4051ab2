package io.spikemix.knime.base.table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.spikemix.engine.data.BandAxis;

/**
 * Which columns of a pixel table hold the spectrum, in which order, and the band axis they spell; plus where the
 * coordinate columns are. Immutable; column indices refer to the table spec it was built from.
 */
public final class SpectralColumns {

    private final String[] names;
    private final int[] indices;
    private final BandAxis axis;
    private final int xIndex;
    private final int yIndex;

    /**
     * @param names   spectral column names, in band order
     * @param indices their positions in the table spec
     * @param axis    one band per column
     * @param xIndex  position of the x column, or -1
     * @param yIndex  position of the y column, or -1
     */
    public SpectralColumns(List<String> names, int[] indices, BandAxis axis, int xIndex, int yIndex) {
        Objects.requireNonNull(axis, "axis");
        if (names.size() != indices.length || axis.size() != indices.length) {
            throw new IllegalArgumentException("names (" + names.size() + "), indices (" + indices.length
                    + ") and band axis (" + axis.size() + ") must have the same length");
        }
        this.names = names.toArray(new String[0]);
        this.indices = indices.clone();
        this.axis = axis;
        this.xIndex = xIndex;
        this.yIndex = yIndex;
    }

    /** Number of spectral columns (features). */
    public int count() {
        return indices.length;
    }

    public List<String> names() {
        return List.of(names);
    }

    public int[] indices() {
        return indices.clone();
    }

    public int index(int feature) {
        return indices[feature];
    }

    public BandAxis axis() {
        return axis;
    }

    /** True when the table has both coordinate columns {@code x} and {@code y}. */
    public boolean hasCoordinates() {
        return xIndex >= 0 && yIndex >= 0;
    }

    public int xIndex() {
        return xIndex;
    }

    public int yIndex() {
        return yIndex;
    }

    @Override
    public String toString() {
        return "SpectralColumns" + Arrays.toString(names) + " " + axis;
    }
}
