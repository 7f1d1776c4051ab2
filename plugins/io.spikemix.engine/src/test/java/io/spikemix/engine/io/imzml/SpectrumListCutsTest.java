package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumListCutsTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path p = dir.resolve("doc.xml");
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    @Test
    void piecesOfUtf8OrAsciiNeedNoDeclarationAndLatin1PiecesDeclareIt() throws Exception {
        assertEquals("", SpectrumListCuts.pieceDeclaration(write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>")));
        assertEquals("", SpectrumListCuts.pieceDeclaration(write("<?xml version='1.0' encoding='utf-8'?><a/>")));
        assertEquals("", SpectrumListCuts.pieceDeclaration(write("<?xml version=\"1.0\"?><a/>")));
        assertEquals("", SpectrumListCuts.pieceDeclaration(write("<a/>")));
        assertEquals("", SpectrumListCuts.pieceDeclaration(write("\u00EF\u00BB\u00BF<a/>")));
        assertEquals("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                SpectrumListCuts.pieceDeclaration(write("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a/>")));
    }

    @Test
    void wideOrUnknownEncodingsCannotBeCut() throws Exception {
        assertNull(SpectrumListCuts.pieceDeclaration(write("\u00FE\u00FF\u0000<\u0000a")));
        assertNull(SpectrumListCuts.pieceDeclaration(write("\u0000<\u0000?")));
        assertNull(SpectrumListCuts.pieceDeclaration(write("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>")));
        assertNull(SpectrumListCuts.pieceDeclaration(write("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>")));
        assertNull(SpectrumListCuts.pieceDeclaration(write("garbage")));
    }

    @Test
    void theSearchesFindWholeTagNamesOnly() throws Exception {
        String doc = "<run><spectrumList count=\"2\">\n<spectrumX/><spectrum index=\"0\"/>\n<spectrum>"
                + "</spectrum></spectrumList><spectrumListX/></run>";
        Path p = write(doc);
        long size = Files.size(p);
        assertEquals(doc.indexOf("<spectrum index"), SpectrumListCuts.nextSpectrumTag(p, 0, size));
        assertEquals(doc.indexOf("<spectrum>"), SpectrumListCuts.nextSpectrumTag(p, doc.indexOf("<spectrum index")
                + 1, size));
        assertEquals(-1, SpectrumListCuts.nextSpectrumTag(p, doc.indexOf("<spectrum>") + 1, size));
        assertEquals(doc.indexOf("</spectrumList>"), SpectrumListCuts.lastEndTag(p, size));
        assertEquals(-1, SpectrumListCuts.lastEndTag(write("<spectrumList/>"), 15));
    }
}
