package io.spikemix.engine.io.envi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.io.SpectralFileException;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EnviHeaderTest {

    private static final Path FILE = Path.of("test.hdr");

    private static EnviHeader parse(String text) throws SpectralFileException {
        return EnviHeader.parse(FILE, text);
    }

    @Test
    void parsesBracesSpanningLinesCaseInsensitiveKeysAndComments() throws Exception {
        EnviHeader h = parse("ENVI\r\n; a comment = not a key\nSAMPLES = 3\nLines= 2\n  bands =  4 \n"
                + "Data  Type = 2\ninterleave = BIL\nbyte order = 1\nwavelength = {\n 400.5, 500,\n600 ,\n 700}\n"
                + "Wavelength Units = Micrometers\nfwhm = {1,1,2,2}\nband names = {a, b, c, d}\nbbl = {1,0,1,1}\n"
                + "data ignore value = -9999\nmap info = {UTM, 1, 1, 35.5, 38.0, 15, 15, 11, North,WGS-84}\n");
        assertEquals(3, h.samples());
        assertEquals(2, h.lines());
        assertEquals(4, h.bands());
        assertEquals(EnviDataType.INT16, h.dataType());
        assertEquals(EnviInterleave.BIL, h.interleave());
        assertEquals(ByteOrder.BIG_ENDIAN, h.byteOrder());
        assertArrayEquals(new double[] {400.5, 500, 600, 700}, h.wavelengths().get());
        assertArrayEquals(new String[] {"a", "b", "c", "d"}, h.bandNames().get());
        assertArrayEquals(new boolean[] {false, true, false, false}, h.badBands().get());
        assertEquals(-9999.0, h.dataIgnoreValue().get());
        assertEquals("UTM, 1, 1, 35.5, 38.0, 15, 15, 11, North,WGS-84", h.mapInfo().get());
        BandAxis axis = h.bandAxis();
        assertEquals("µm", axis.unit());
        assertArrayEquals(new double[] {1, 1, 2, 2}, axis.fwhm().get());
        assertFalse(h.entries().containsKey("a comment"));
    }

    @Test
    void missingOptionalKeysGetTheDocumentedDefaults() throws Exception {
        EnviHeader h = parse("ENVI\nsamples = 2\nlines = 2\nbands = 3\ndata type = 12\n");
        assertEquals(0, h.headerOffset());
        assertEquals(EnviInterleave.BSQ, h.interleave());
        assertEquals(ByteOrder.LITTLE_ENDIAN, h.byteOrder());
        assertTrue(h.wavelengths().isEmpty());
        assertTrue(h.dataIgnoreValue().isEmpty());
        assertTrue(h.bandAxis().isIndexOnly());
        assertEquals(2 * 2 * 3 * 2, h.dataBytes());
    }

    @Test
    void bandNamesWithNumberAndUnitBecomeTheAxisWhenThereAreNoWavelengths() throws Exception {
        EnviHeader h = parse("ENVI\nsamples = 1\nlines = 1\nbands = 2\ndata type = 4\n"
                + "band names = {\n376.44 Nanometers,\n2500.12 Nanometers}\n");
        assertArrayEquals(new double[] {376.44, 2500.12}, h.bandAxis().values());
        assertEquals("nm", h.bandAxis().unit());
    }

    @Test
    void missingRequiredKeyIsNamedInTheError() {
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 2\nbands = 3\ndata type = 4\n"));
        assertEquals("lines", e.field());
        assertTrue(e.getMessage().contains("test.hdr"), e.getMessage());
        assertTrue(e.getMessage().contains("required key is missing"), e.getMessage());
    }

    @Test
    void unknownDataTypeAndInterleaveAreRefusedWithTheExpectedValues() {
        SpectralFileException dt = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 2\nlines = 2\nbands = 3\ndata type = 6\n"));
        assertEquals("data type", dt.field());
        assertTrue(dt.getMessage().contains("expected one of 1, 2, 3, 4, 5, 12, 13, 14, 15, found 6"), dt.getMessage());
        SpectralFileException il = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 2\nlines = 2\nbands = 3\ndata type = 4\ninterleave = bsx\n"));
        assertEquals("interleave", il.field());
        assertTrue(il.getMessage().contains("expected bsq, bil or bip, found bsx"), il.getMessage());
    }

    @Test
    void emptyFileWrongMagicAndUnclosedBraceAreRefused() {
        assertTrue(assertThrows(SpectralFileException.class, () -> parse("")).getMessage().contains("empty"));
        assertTrue(assertThrows(SpectralFileException.class, () -> parse("ENVY\nsamples = 1\n")).getMessage()
                .contains("expected the magic line 'ENVI'"));
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 1\nlines = 1\nbands = 2\ndata type = 4\nwavelength = {1,\n2\n"));
        assertTrue(e.getMessage().contains("expected '}'"), e.getMessage());
    }

    @Test
    void listLengthMustMatchTheBandCount() {
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 1\nlines = 1\nbands = 3\ndata type = 4\nwavelength = {1, 2}\n"));
        assertEquals("wavelength", e.field());
        assertTrue(e.getMessage().contains("expected 3 entries (one per band), found 2"), e.getMessage());
    }

    @Test
    void absurdDimensionsAreRefusedBeforeAnyAllocation() {
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> parse("ENVI\nsamples = 1000000000000\nlines = 1\nbands = 1\ndata type = 4\n"));
        assertEquals("samples", e.field());
    }

    @Test
    void aLongDescriptionSpanningLinesWithItsOwnBracesIsRead() throws Exception {
        EnviHeader h = parse("ENVI\ndescription = {\n  Calibrated radiance {W/m^2/sr/nm} from sensor X, processed\n"
                + "  with tools = v1.2 and more text\n  across several lines}\nsamples = 2\nlines = 3\nbands = 1\n"
                + "data type = 4\nnotes =\n{first, second\n third}\n");
        assertEquals(2, h.samples());
        assertEquals(3, h.lines());
        assertTrue(h.entries().get("description").contains("across several lines"), h.entries().toString());
        assertEquals("{first, second\n third}", h.entries().get("notes"), "'{' on the line after 'key ='");
    }

    @Test
    void anUnbalancedBraceInFreeTextEndsAtTheFirstClosingBrace() throws Exception {
        EnviHeader h = parse("ENVI\ndescription = {a { b}\nsamples = 2\nlines = 3\nbands = 1\ndata type = 4\n");
        assertEquals(3, h.lines());
    }

    @Test
    void aSpectralLibraryReadsAsSpectraByChannels() throws Exception {
        EnviHeader h = parse("ENVI\nsamples = 4\nlines = 3\nbands = 1\ndata type = 4\nfile type = ENVI Spectral Library\n"
                + "wavelength = {400, 500, 600, 700}\nspectra names = {grass, soil, water}\n");
        assertEquals(3, h.lines(), "one line per spectrum");
        assertEquals(1, h.samples());
        assertEquals(4, h.bands(), "one band per channel");
        assertEquals(EnviInterleave.BIP, h.interleave());
        assertEquals(700.0, h.bandAxis().value(3));
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> parse(
                "ENVI\nsamples = 4\nlines = 3\nbands = 2\ndata type = 4\nfile type = ENVI Spectral Library\n"));
        assertTrue(e.getMessage().contains("expected 1 in an ENVI spectral library"), e.getMessage());
    }
}
