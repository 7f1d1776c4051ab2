package io.spikemix.engine.io.envi;

import java.util.Optional;

/**
 * The ENVI {@code data type} codes SpikeMix reads, with their sample size. Complex types (6, 9) have no meaning
 * for spectra and are refused.
 */
public enum EnviDataType {
    UINT8(1, 1), INT16(2, 2), INT32(3, 4), FLOAT32(4, 4), FLOAT64(5, 8), UINT16(12, 2), UINT32(13, 4), INT64(14, 8),
    UINT64(15, 8);

    private final int code;
    private final int bytes;

    EnviDataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The number ENVI writes after {@code data type =}. */
    public int code() {
        return code;
    }

    /** Bytes per sample. */
    public int bytes() {
        return bytes;
    }

    public static Optional<EnviDataType> ofCode(int code) {
        for (EnviDataType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
