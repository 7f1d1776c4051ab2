package io.spikemix.engine.io.imzml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelImzmlParseTest {

    private static final String THREAD_NAME = "spikemix-imzml-parse";

    @TempDir
    Path dir;

    /** A processed-mode file of {@code n} spectra on a 100-wide grid (random lengths), written by hand. */
    private static final class Fixture {
        final int[] x;
        final int[] y;
        final double[][] mz;
        final double[][] in;
        final Path imzml;

        Fixture(Path dir, String base, int n) throws Exception {
            SplittableRandom rnd = new SplittableRandom(n);
            x = new int[n];
            y = new int[n];
            mz = new double[n][];
            in = new double[n][];
            for (int s = 0; s < n; s++) {
                x[s] = s % 100 + 1;
                y[s] = s / 100 + 1;
                int len = 1 + rnd.nextInt(6);
                mz[s] = new double[len];
                in[s] = new double[len];
                for (int i = 0; i < len; i++) {
                    mz[s][i] = 100 + i + rnd.nextDouble();
                    in[s][i] = rnd.nextInt(1000);
                }
            }
            imzml = ImzmlFixtures.writeProcessed(dir, base, x, y, mz, in, "MS:1000521", 100, (n + 99) / 100);
        }

        /** Checks the index against what was written: positions, lengths, types and the running .ibd offsets. */
        void assertIndexed(ImzmlIndex index) {
            assertEquals(x.length, index.spectrumCount());
            assertFalse(index.isContinuous());
            long offset = 16;
            for (int s = 0; s < x.length; s++) {
                assertEquals(x[s], index.x(s), "x of spectrum " + s);
                assertEquals(y[s], index.y(s), "y of spectrum " + s);
                assertEquals(offset, index.mzOffset(s), "m/z offset of spectrum " + s);
                assertEquals(mz[s].length, index.mzLength(s));
                assertEquals(BinaryType.FLOAT64, index.mzType(s));
                offset += 8L * mz[s].length;
                assertEquals(offset, index.intensityOffset(s), "intensity offset of spectrum " + s);
                assertEquals(in[s].length, index.intensityLength(s));
                assertEquals(BinaryType.FLOAT32, index.intensityType(s));
                offset += 4L * in[s].length;
            }
        }

        /** The position x cvParam of spectrum {@code s} as the fixture writes it. */
        String positionX(int s) {
            return "index=\"" + s + "\" defaultArrayLength=\"0\">\n<scanList count=\"1\"><scan>\n"
                    + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000050\" name=\"position x\" value=\"" + x[s] + "\"/>";
        }
    }

    private static long size(Path p) throws Exception {
        return Files.size(p);
    }

    private static boolean parserThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith(THREAD_NAME));
    }

    @Test
    void threePiecesGiveExactlyTheSpectraTheFileWasWrittenWith() throws Exception {
        Fixture f = new Fixture(dir, "three", 3000);
        ParallelImzmlParse parse = new ParallelImzmlParse(f.imzml, size(f.imzml), 3, 100_000, ProgressMonitor.NONE);
        ImzmlIndex index = parse.run();
        assertNotNull(index);
        assertEquals(2, parse.pieceCount(), "the spectrum list should have been cut for two more threads");
        f.assertIndexed(index);
        ImzmlIndex sequential = ImzmlParser.sequential(f.imzml, size(f.imzml), ProgressMonitor.NONE);
        assertEquals(sequential.metadata(), index.metadata());
        assertEquals(sequential.width(), index.width());
        assertEquals(sequential.height(), index.height());
        assertEquals(sequential.checksum(), index.checksum());
        assertFalse(parserThreadAlive());
    }

    @Test
    void aReferenceToAnUndefinedGroupLateInTheListIsWarnedAboutAsInTheSequentialParse() throws Exception {
        Fixture f = new Fixture(dir, "undefined", 3000);
        // spectrum 2,900 lies in the last piece: its handler cannot warn for the document, so the parse is redone
        ImzmlFixtures.replaceInFile(f.imzml, f.positionX(2900), f.positionX(2900).replace("<scan>",
                "<scan><referenceableParamGroupRef ref=\"spectrum\"/>"));
        ImzmlIndex index = ImzmlParser.parse(f.imzml, ProgressMonitor.NONE, 3, 100_000);
        f.assertIndexed(index);
        assertEquals("referenceableParamGroupRef to the undefined group 'spectrum' (1 reference) skipped",
                index.metadata().get("imzml.warning"));
        assertEquals(ImzmlParser.sequential(f.imzml, size(f.imzml), ProgressMonitor.NONE).metadata(),
                index.metadata());
        assertFalse(parserThreadAlive());
    }

    @Test
    void aSpectrumTagInsideACommentWhereTheCutFallsIsDisprovedAndTheSequentialResultStands() throws Exception {
        Fixture f = new Fixture(dir, "comment", 2000);
        String xml = Files.readString(f.imzml, StandardCharsets.ISO_8859_1);
        int listStart = xml.indexOf("<spectrumList");
        int end = xml.lastIndexOf("</spectrumList");
        int boundary = xml.indexOf("<spectrum ", listStart + (end - listStart) / 2);
        // the cut is proposed at the first "<spectrum" after the middle of the list: put a fake one there
        int pad = 20_000;
        String comment = "<!--" + " ".repeat(pad / 2 + 4_000) + "<spectrum index=\"fake\">" + " ".repeat(pad / 2)
                + "-->";
        Files.writeString(f.imzml, xml.substring(0, boundary) + comment + xml.substring(boundary),
                StandardCharsets.ISO_8859_1);
        ParallelImzmlParse parse = new ParallelImzmlParse(f.imzml, size(f.imzml), 2, 10_000, ProgressMonitor.NONE);
        assertNull(parse.run(), "the cut inside the comment must not be taken");
        assertEquals(1, parse.pieceCount());
        f.assertIndexed(ImzmlParser.parse(f.imzml, ProgressMonitor.NONE, 2, 10_000));
        assertFalse(parserThreadAlive());
    }

    @Test
    void errorsInsideAPieceAreReportedExactlyAsTheSequentialParseReportsThem() throws Exception {
        Fixture f = new Fixture(dir, "errors", 3000);
        String good = Files.readString(f.imzml, StandardCharsets.ISO_8859_1);
        String bad = f.positionX(2500).replace("value=\"" + f.x[2500] + "\"", "value=\"abc\"");
        String malformed = f.positionX(2500).replace("<scan>", "<scan><unclosed>");
        for (String replacement : new String[] {bad, malformed}) {
            Files.writeString(f.imzml, good, StandardCharsets.ISO_8859_1);
            ImzmlFixtures.replaceInFile(f.imzml, f.positionX(2500), replacement);
            SpectralFileException sequential = assertThrows(SpectralFileException.class,
                    () -> ImzmlParser.sequential(f.imzml, size(f.imzml), ProgressMonitor.NONE));
            SpectralFileException parallel = assertThrows(SpectralFileException.class,
                    () -> ImzmlParser.parse(f.imzml, ProgressMonitor.NONE, 3, 100_000));
            assertEquals(sequential.getMessage(), parallel.getMessage());
            assertTrue(parallel.getMessage().contains("line"), parallel.getMessage());
            assertFalse(parserThreadAlive());
        }
    }

    @Test
    void aParameterGroupInsideAPieceIsNotSplitAcross() throws Exception {
        Fixture f = new Fixture(dir, "group", 3000);
        // a group defined inside the spectrum list would be known to the later spectra of a sequential parse; the
        // pieces only know the groups defined before the list, so they must not be used
        ImzmlFixtures.replaceInFile(f.imzml, "<spectrum id=\"s2500\"",
                "<referenceableParamGroup id=\"extra\"></referenceableParamGroup><spectrum id=\"s2500\"");
        ParallelImzmlParse parse = new ParallelImzmlParse(f.imzml, size(f.imzml), 3, 100_000, ProgressMonitor.NONE);
        assertNull(parse.run());
        f.assertIndexed(ImzmlParser.parse(f.imzml, ProgressMonitor.NONE, 3, 100_000));
    }

    @Test
    void cancelStopsEveryThread() throws Exception {
        Fixture f = new Fixture(dir, "cancel", 9000);
        ProgressMonitor cancelling = CancellingMonitor.immediately();
        ParallelImzmlParse parse = new ParallelImzmlParse(f.imzml, size(f.imzml), 2, 100_000, cancelling);
        assertThrows(CanceledException.class, parse::run);
        assertEquals(1, parse.pieceCount(), "the piece thread should have been started before the cancel");
        assertFalse(parserThreadAlive());
    }

    @Test
    void smallFilesAreParsedWholeAndTheirErrorsReportedDirectly() throws Exception {
        Fixture f = new Fixture(dir, "small", 50);
        ParallelImzmlParse parse = new ParallelImzmlParse(f.imzml, size(f.imzml), 4, 1 << 20, ProgressMonitor.NONE);
        f.assertIndexed(parse.run());
        assertEquals(0, parse.pieceCount());
        ImzmlFixtures.replaceInFile(f.imzml, f.positionX(40), f.positionX(40).replace("value=\"41\"",
                "value=\"-3\""));
        SpectralFileException e = assertThrows(SpectralFileException.class,
                () -> new ParallelImzmlParse(f.imzml, size(f.imzml), 4, 1 << 20, ProgressMonitor.NONE).run());
        assertTrue(e.getMessage().contains("spectrum 40 position x"), e.getMessage());
    }
}
