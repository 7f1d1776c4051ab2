package io.spikemix.engine.io.imzml;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * What the XML part of an imzML file says: the storage mode, the UUID and checksum of the binary file, the image
 * size, and for every spectrum its pixel position and where its m/z and intensity arrays lie in the .ibd file.
 *
 * <p>Immutable; the per-spectrum arrays are parallel and indexed by spectrum number. Positions are 1-based as in
 * imzML. Memory: about 66 bytes per spectrum.
 */
public final class ImzmlIndex {

    private final boolean continuous;
    private final byte[] uuid;
    private final String checksumAlgorithm;
    private final String checksum;
    private final int width;
    private final int height;
    private final int[] x;
    private final int[] y;
    private final long[] mzOffset;
    private final int[] mzLength;
    private final BinaryType[] mzType;
    private final long[] mzEncoded;
    private final long[] intensityOffset;
    private final int[] intensityLength;
    private final BinaryType[] intensityType;
    private final long[] intensityEncoded;
    private final Map<String, String> metadata;

    ImzmlIndex(boolean continuous, byte[] uuid, String checksumAlgorithm, String checksum, int width, int height,
            int[] x, int[] y, long[] mzOffset, int[] mzLength, BinaryType[] mzType, long[] mzEncoded,
            long[] intensityOffset, int[] intensityLength, BinaryType[] intensityType, long[] intensityEncoded,
            Map<String, String> metadata) {
        this.continuous = continuous;
        this.uuid = uuid;
        this.checksumAlgorithm = checksumAlgorithm;
        this.checksum = checksum;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.mzOffset = mzOffset;
        this.mzLength = mzLength;
        this.mzType = mzType;
        this.mzEncoded = mzEncoded;
        this.intensityOffset = intensityOffset;
        this.intensityLength = intensityLength;
        this.intensityType = intensityType;
        this.intensityEncoded = intensityEncoded;
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** True for continuous mode (one shared m/z array), false for processed mode. */
    public boolean isContinuous() {
        return continuous;
    }

    /** The 16 UUID bytes the .ibd file must start with. */
    public byte[] uuid() {
        return uuid.clone();
    }

    /** "SHA-1" or "MD5" when the file declares a checksum of its .ibd file. */
    public Optional<String> checksumAlgorithm() {
        return Optional.ofNullable(checksumAlgorithm);
    }

    /** The declared checksum, lower-case hex. */
    public Optional<String> checksum() {
        return Optional.ofNullable(checksum);
    }

    /** Image width in pixels (max count of pixels x, or the largest x position if larger). */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int spectrumCount() {
        return x.length;
    }

    /** 1-based x position of spectrum {@code s}. */
    public int x(int s) {
        return x[s];
    }

    public int y(int s) {
        return y[s];
    }

    public long mzOffset(int s) {
        return mzOffset[s];
    }

    public int mzLength(int s) {
        return mzLength[s];
    }

    public BinaryType mzType(int s) {
        return mzType[s];
    }

    /** Byte length of the zlib stream of spectrum {@code s}'s m/z array; −1 when the array is not compressed. */
    public long mzEncodedLength(int s) {
        return mzEncoded[s];
    }

    public long intensityOffset(int s) {
        return intensityOffset[s];
    }

    public int intensityLength(int s) {
        return intensityLength[s];
    }

    public BinaryType intensityType(int s) {
        return intensityType[s];
    }

    /** Byte length of the zlib stream of the intensity array; −1 when the array is not compressed. */
    public long intensityEncodedLength(int s) {
        return intensityEncoded[s];
    }

    /** File-level facts kept for the user (mode, UUID, checksum, pixel size, instrument accessions). */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return "ImzmlIndex[" + (continuous ? "continuous" : "processed") + ", " + width + " x " + height + ", "
                + x.length + " spectra, uuid " + Arrays.toString(uuid) + "]";
    }
}
