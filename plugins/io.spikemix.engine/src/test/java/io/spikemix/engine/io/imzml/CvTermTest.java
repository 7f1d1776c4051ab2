package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CvTermTest {

    @Test
    void everyAccessionTheParserNamesHasTheCodeItSwitchesOn() {
        String[] text = {ImzmlXmlHandler.CONTINUOUS, ImzmlXmlHandler.PROCESSED, ImzmlXmlHandler.UUID,
            ImzmlXmlHandler.MD5, ImzmlXmlHandler.SHA1, ImzmlXmlHandler.MAX_X, ImzmlXmlHandler.MAX_Y,
            ImzmlXmlHandler.POS_X, ImzmlXmlHandler.POS_Y, ImzmlXmlHandler.MZ_ARRAY, ImzmlXmlHandler.INTENSITY_ARRAY,
            ImzmlXmlHandler.NO_COMPRESSION, ImzmlXmlHandler.ZLIB, ImzmlXmlHandler.OFFSET, ImzmlXmlHandler.LENGTH,
            ImzmlXmlHandler.ENCODED_LENGTH};
        int[] code = {CvTerm.CONTINUOUS, CvTerm.PROCESSED, CvTerm.UUID, CvTerm.MD5, CvTerm.SHA1, CvTerm.MAX_X,
            CvTerm.MAX_Y, CvTerm.POS_X, CvTerm.POS_Y, CvTerm.MZ_ARRAY, CvTerm.INTENSITY_ARRAY, CvTerm.NO_COMPRESSION,
            CvTerm.ZLIB, CvTerm.OFFSET, CvTerm.LENGTH, CvTerm.ENCODED_LENGTH};
        for (int i = 0; i < text.length; i++) {
            assertEquals(code[i], CvTerm.code(text[i]), text[i]);
        }
        for (BinaryType t : BinaryType.values()) {
            assertEquals(t, BinaryType.ofCode(CvTerm.code(t.accession())), t.accession());
        }
    }

    @Test
    void onlyTheExactAccessionTextGetsACode() {
        for (String near : new String[] {"MS:01000514", "MS:100051", " MS:1000514", "MS:1000514 ", "ms:1000514",
            "IMS:100005x", "XMS:1000050", "MS-1000514", "IMS:+100005", "", "MS:", "UO:0000010"}) {
            assertEquals(CvTerm.OTHER, CvTerm.code(near), "'" + near + "'");
        }
        assertEquals(1_000_514, CvTerm.code("MS:1000514"));
        assertEquals(11_000_050, CvTerm.code("IMS:1000050"));
        // a term the parser does not use still gets its number; it simply matches no rule
        assertEquals(1_000_579, CvTerm.code("MS:1000579"));
    }
}
