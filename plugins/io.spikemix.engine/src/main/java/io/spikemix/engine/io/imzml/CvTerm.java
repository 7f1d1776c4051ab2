package io.spikemix.engine.io.imzml;

/**
 * The controlled-vocabulary accessions the imzML parser acts on, as small integers: the 7-digit number of the term,
 * plus 10,000,000 for the imaging MS ontology (IMS) and nothing for PSI-MS (MS).
 *
 * <p>Why: a cvParam is matched by its accession about eight times per spectrum; turning the text into an integer
 * once and switching on it replaces several string switches (each hashing and comparing the text), and keeps the
 * parser's hot code small for the JIT. Only the exact forms "MS:" + 7 digits and "IMS:" + 7 digits get a code, so
 * matching a code is matching the accession text exactly.
 */
final class CvTerm {

    static final int CONTINUOUS = 11_000_030;
    static final int PROCESSED = 11_000_031;
    static final int UUID = 11_000_080;
    static final int MD5 = 11_000_090;
    static final int SHA1 = 11_000_091;
    static final int MAX_X = 11_000_042;
    static final int MAX_Y = 11_000_043;
    static final int POS_X = 11_000_050;
    static final int POS_Y = 11_000_051;
    static final int MZ_ARRAY = 1_000_514;
    static final int INTENSITY_ARRAY = 1_000_515;
    static final int NO_COMPRESSION = 1_000_576;
    static final int ZLIB = 1_000_574;
    static final int OFFSET = 11_000_102;
    static final int LENGTH = 11_000_103;
    static final int ENCODED_LENGTH = 11_000_104;
    static final int FLOAT32 = 1_000_521;
    static final int FLOAT64 = 1_000_523;
    static final int INT32 = 1_000_519;
    static final int INT64 = 1_000_522;

    /** Code of a term no rule uses, or of text that is not an MS/IMS accession. */
    static final int OTHER = -1;

    /**
     * Code of a cvParam naming a compression SpikeMix does not decode (its value then holds "name (accession)"):
     * given to the PSI-MS children of "binary data compression type" (MS:1000572) other than zlib and no compression,
     * and to any other term whose name says "compression".
     */
    static final int UNSUPPORTED_COMPRESSION = -2;

    /** The PSI-MS compression types other than zlib and none: MS-Numpress (plain and zlib) and truncation. */
    private static final int[] OTHER_COMPRESSIONS = {1_002_312, 1_002_313, 1_002_314, 1_002_746, 1_002_747, 1_002_748,
        1_003_088, 1_003_089, 1_003_090};

    private static final int IMS = 10_000_000;

    private CvTerm() {
    }

    /** True when the accession's code, or else its name, designates a compression other than zlib and none. */
    static boolean isUnsupportedCompression(int code, String name) {
        for (int c : OTHER_COMPRESSIONS) {
            if (c == code) {
                return true;
            }
        }
        return code != ZLIB && code != NO_COMPRESSION
                && name.toLowerCase(java.util.Locale.ROOT).contains("compression");
    }

    /** The code of an accession: "MS:ddddddd" → ddddddd, "IMS:ddddddd" → 10,000,000 + ddddddd, else {@link #OTHER}. */
    static int code(String accession) {
        int n = accession.length();
        int start;
        int base;
        if (n == 10 && accession.startsWith("MS:")) {
            start = 3;
            base = 0;
        } else if (n == 11 && accession.startsWith("IMS:")) {
            start = 4;
            base = IMS;
        } else {
            return OTHER;
        }
        int v = 0;
        for (int i = start; i < n; i++) {
            char c = accession.charAt(i);
            if (c < '0' || c > '9') {
                return OTHER;
            }
            v = v * 10 + (c - '0');
        }
        return base + v;
    }
}
