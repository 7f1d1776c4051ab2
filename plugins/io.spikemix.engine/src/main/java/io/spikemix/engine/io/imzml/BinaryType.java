package io.spikemix.engine.io.imzml;

/** The numeric types of imzML binary arrays, identified by their PSI-MS accessions. All are little endian. */
public enum BinaryType {
    /** MS:1000521. */
    FLOAT32("MS:1000521", 4),
    /** MS:1000523. */
    FLOAT64("MS:1000523", 8),
    /** MS:1000519. */
    INT32("MS:1000519", 4),
    /** MS:1000522. */
    INT64("MS:1000522", 8);

    private final String accession;
    private final int bytes;

    BinaryType(String accession, int bytes) {
        this.accession = accession;
        this.bytes = bytes;
    }

    public String accession() {
        return accession;
    }

    public int bytes() {
        return bytes;
    }

    /** The type with this accession, or null; a switch, not a loop over {@code values()} (called per cvParam). */
    static BinaryType ofAccession(String acc) {
        switch (acc) {
            case "MS:1000521":
                return FLOAT32;
            case "MS:1000523":
                return FLOAT64;
            case "MS:1000519":
                return INT32;
            case "MS:1000522":
                return INT64;
            default:
                return null;
        }
    }
}
