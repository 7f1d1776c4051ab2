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

    /** The type with this {@link CvTerm} code, or null. */
    static BinaryType ofCode(int code) {
        switch (code) {
            case CvTerm.FLOAT32:
                return FLOAT32;
            case CvTerm.FLOAT64:
                return FLOAT64;
            case CvTerm.INT32:
                return INT32;
            case CvTerm.INT64:
                return INT64;
            default:
                return null;
        }
    }
}
