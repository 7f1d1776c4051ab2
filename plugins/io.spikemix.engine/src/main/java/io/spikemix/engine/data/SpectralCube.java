package io.spikemix.engine.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A spectral image: a height × width grid of pixels, of which the valid ones carry a spectrum over a band axis.
 *
 * <p>The spectra of the valid pixels are the rows of {@link #spectra()}, in row-major pixel order; {@link
 * #pixelIndex(int)} maps a row to its pixel {@code y * width + x}. Masked pixels (no spectrum in an imzML file, the
 * data ignore value of an ENVI file, pixels dropped by the user) have no row, so algorithms never see them and
 * the valid-pixel mask costs no copy of the data.
 *
 * <p>Data read from a plain pixels × features table have no image geometry: they are a height N, width 1 column
 * with {@link #hasImageShape()} false.
 *
 * <p>The cube object is immutable apart from the values of its matrix, which normalisers may update in place.
 */
public final class SpectralCube {

    private final int height;
    private final int width;
    private final boolean hasImageShape;
    private final SpectralMatrix spectra;
    private final int[] pixelIndex;
    private final BandAxis bands;
    private final Map<String, String> metadata;

    private SpectralCube(int height, int width, boolean hasImageShape, SpectralMatrix spectra, int[] pixelIndex,
            BandAxis bands, Map<String, String> metadata) {
        this.height = height;
        this.width = width;
        this.hasImageShape = hasImageShape;
        this.spectra = spectra;
        this.pixelIndex = pixelIndex;
        this.bands = bands;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * A cube in which every pixel is valid: row {@code y * width + x} of {@code spectra} is pixel (x, y).
     */
    public static SpectralCube full(int height, int width, SpectralMatrix spectra, BandAxis bands) {
        return masked(height, width, spectra, null, bands, Map.of());
    }

    /**
     * A cube with a valid-pixel mask.
     *
     * @param pixelIndex for each row of {@code spectra}, its pixel index {@code y * width + x}; strictly increasing.
     *                   Null means every pixel is valid (then rows == height × width).
     * @param metadata   format-specific key/value pairs kept for the user (ENVI map info, imzML UUID, …)
     */
    public static SpectralCube masked(int height, int width, SpectralMatrix spectra, int[] pixelIndex, BandAxis bands,
            Map<String, String> metadata) {
        Objects.requireNonNull(spectra, "spectra");
        Objects.requireNonNull(bands, "bands");
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape must be at least 1 x 1, got " + height + " x " + width);
        }
        long nPixels = (long) height * width;
        if (nPixels > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image has " + nPixels + " pixels, more than " + Integer.MAX_VALUE);
        }
        if (bands.size() != spectra.cols()) {
            throw new IllegalArgumentException("band axis has " + bands.size() + " bands but spectra have " + spectra.cols());
        }
        int[] index = pixelIndex;
        if (index == null) {
            if (spectra.rows() != nPixels) {
                throw new IllegalArgumentException("a cube without mask needs height x width = " + nPixels
                        + " spectra, got " + spectra.rows());
            }
        } else {
            if (index.length != spectra.rows()) {
                throw new IllegalArgumentException("pixel index has " + index.length + " entries but there are "
                        + spectra.rows() + " spectra");
            }
            for (int r = 0; r < index.length; r++) {
                if (index[r] < 0 || index[r] >= nPixels || (r > 0 && index[r] <= index[r - 1])) {
                    throw new IllegalArgumentException("pixel index must be strictly increasing within [0, " + nPixels
                            + "), entry " + r + " is " + index[r]);
                }
            }
            index = index.length == nPixels ? null : index.clone();
        }
        return new SpectralCube(height, width, true, spectra, index, bands, metadata == null ? Map.of() : metadata);
    }

    /** Spectra without image geometry (a pixels × features table): height N, width 1, no mask. */
    public static SpectralCube table(SpectralMatrix spectra, BandAxis bands) {
        if (spectra.rows() == 0) {
            throw new IllegalArgumentException("a table of spectra needs at least one row");
        }
        SpectralCube c = full(spectra.rows(), 1, spectra, bands);
        return new SpectralCube(c.height, 1, false, spectra, null, bands, Map.of());
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Whether the pixels form an image (false for plain tables of spectra). */
    public boolean hasImageShape() {
        return hasImageShape;
    }

    /** Number of pixels in the image, valid or not. */
    public int pixelCount() {
        return height * width;
    }

    /** Number of valid pixels, i.e. rows of {@link #spectra()}. */
    public int validCount() {
        return spectra.rows();
    }

    public int bandCount() {
        return spectra.cols();
    }

    public SpectralMatrix spectra() {
        return spectra;
    }

    public BandAxis bands() {
        return bands;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** The pixel index {@code y * width + x} of spectrum row {@code row}. */
    public int pixelIndex(int row) {
        return pixelIndex == null ? row : pixelIndex[row];
    }

    public int x(int row) {
        return pixelIndex(row) % width;
    }

    public int y(int row) {
        return pixelIndex(row) / width;
    }

    /** True when some pixels of the image have no spectrum. */
    public boolean hasMask() {
        return pixelIndex != null;
    }

    /** The valid-pixel mask over all pixels, row-major. */
    public boolean[] validMask() {
        boolean[] m = new boolean[pixelCount()];
        for (int r = 0; r < validCount(); r++) {
            m[pixelIndex(r)] = true;
        }
        return m;
    }

    /**
     * Spreads one value per spectrum row over the image, row-major, with {@code fill} at masked pixels; used for
     * label maps ({@code fill = -1}).
     */
    public int[] toImage(int[] perRow, int fill) {
        if (perRow.length != validCount()) {
            throw new IllegalArgumentException("expected " + validCount() + " values, got " + perRow.length);
        }
        int[] img = new int[pixelCount()];
        java.util.Arrays.fill(img, fill);
        for (int r = 0; r < perRow.length; r++) {
            img[pixelIndex(r)] = perRow[r];
        }
        return img;
    }

    /** The same pixels and axis with other spectra (for example a normalised copy). */
    public SpectralCube withSpectra(SpectralMatrix newSpectra, BandAxis newBands) {
        if (newSpectra.rows() != spectra.rows()) {
            throw new IllegalArgumentException("expected " + spectra.rows() + " spectra, got " + newSpectra.rows());
        }
        if (newBands.size() != newSpectra.cols()) {
            throw new IllegalArgumentException("band axis has " + newBands.size() + " bands but spectra have "
                    + newSpectra.cols());
        }
        return new SpectralCube(height, width, hasImageShape, newSpectra, pixelIndex, newBands, metadata);
    }

    @Override
    public String toString() {
        return "SpectralCube[" + height + " x " + width + " pixels (" + validCount() + " valid), " + bands + "]";
    }
}
