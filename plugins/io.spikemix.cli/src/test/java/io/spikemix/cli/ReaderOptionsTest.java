package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ReaderOptionsTest {

    @Command(name = "holder")
    static final class Holder {
        @Mixin
        ReaderOptions options;
    }

    private static ReaderOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.options;
    }

    @Test
    void defaultsReadEveryFormatAsStored() {
        ReadOptions o = parse().toReadOptions();
        assertTrue(o.format().isEmpty());
        assertEquals(MzTolerance.ppm(10), o.mzTolerance());
        assertEquals(ImzmlAxisMode.AUTO, o.imzmlAxisMode());
        assertEquals(IgnoreValuePolicy.MASK, o.ignoreValuePolicy());
        assertTrue(o.dropMaskedPixels());
        assertFalse(o.dropBadBands());
        assertFalse(parse().picksPeaks());
    }

    @Test
    void everyFlagMapsOntoTheEngineOption() {
        ReadOptions o = parse("--format", "MAT", "--mat-variable", "cube", "--mat-wavelengths", "wl", "--mat-layout",
                "bands-by-pixels", "--mat-shape", "25x30", "--mz-tolerance", "0.02da", "--verify-checksum",
                "--ignore-value", "nan", "--band-range", "400:2500", "--drop-bad-bands", "--keep-masked").toReadOptions();
        assertEquals(SpectralFormat.MAT, o.format().orElseThrow());
        assertEquals("cube", o.matVariable().orElseThrow());
        assertEquals("wl", o.matWavelengthVariable().orElseThrow());
        assertEquals(MatLayout.BANDS_BY_PIXELS, o.matLayout());
        assertEquals(25, o.matLines());
        assertEquals(30, o.matCols());
        assertEquals(MzTolerance.da(0.02), o.mzTolerance());
        assertTrue(o.verifyChecksum());
        assertEquals(IgnoreValuePolicy.NAN, o.ignoreValuePolicy());
        assertEquals(400, o.bandMin());
        assertEquals(2500, o.bandMax());
        assertTrue(o.dropBadBands());
        assertFalse(o.dropMaskedPixels());
    }

    @Test
    void bandRangeMayBeOpenOnOneSide() {
        ReadOptions lower = parse("--band-range", "1.5:").toReadOptions();
        assertEquals(1.5, lower.bandMin());
        assertEquals(Double.POSITIVE_INFINITY, lower.bandMax());
        ReadOptions upper = parse("--band-range", ":7").toReadOptions();
        assertEquals(Double.NEGATIVE_INFINITY, upper.bandMin());
        assertEquals(7, upper.bandMax());
    }

    @Test
    void peakListFromTheCommandLineSelectsPeakListMode() {
        ReadOptions o = parse("--peaks", "885.55, 400.1,600", "--mz-tolerance", "5 PPM").toReadOptions();
        assertEquals(ImzmlAxisMode.PEAK_LIST, o.imzmlAxisMode());
        assertArrayEquals(new double[] { 400.1, 600, 885.55 }, o.peakList().orElseThrow());
        assertEquals(MzTolerance.ppm(5), o.mzTolerance());
    }

    @Test
    void peakListFileTakesTheFirstColumnAndSkipsHeaderAndComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("peaks.csv");
        Files.writeString(file, "mz,name\n# lipids\n760.585,PC 34:1\n\n782.57,PC 36:4\n");
        ReadOptions o = parse("--peaks", file.toString()).toReadOptions();
        assertArrayEquals(new double[] { 760.585, 782.57 }, o.peakList().orElseThrow());
    }

    @Test
    void malformedValuesNameTheOptionAndTheExpectedForm(@TempDir Path dir) throws Exception {
        assertMessage("--mz-tolerance", "10 percent");
        assertMessage("--mz-tolerance", "-3ppm");
        assertMessage("--mat-shape", "25by30");
        assertMessage("--mat-layout", "diagonal");
        assertMessage("--format", "tiff");
        assertMessage("--ignore-value", "zero");
        assertMessage("--band-range", "5");
        assertMessage("--band-range", "9:3");
        assertMessage("--peaks", "400,abc");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "400\nfour hundred\n");
        CliException e = assertThrows(CliException.class, () -> parse("--peaks", bad.toString()).toReadOptions());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        CliException twoLayouts = assertThrows(CliException.class,
                () -> parse("--mat-layout", "pixels-by-bands").toReadOptions());
        assertTrue(twoLayouts.getMessage().contains("matLines"), twoLayouts.getMessage());
    }

    private static void assertMessage(String option, String value) {
        CliException e = assertThrows(CliException.class, () -> parse(option, value).toReadOptions());
        assertTrue(e.getMessage().startsWith(option), e.getMessage());
    }

    @Test
    void peakPickingOptionsComeFromTopNOrSnrWithTicAndTolerance() {
        PeakPickingOptions top = parse("--pick-peaks", "12", "--peak-tic", "--mz-tolerance", "0.5da").peakPicking();
        assertEquals(PeakPickingOptions.Criterion.TOP_N, top.criterion());
        assertEquals(12, top.topN());
        assertTrue(top.ticNormalise());
        assertEquals(MzTolerance.da(0.5), top.tolerance());
        PeakPickingOptions snr = parse("--min-snr", "4").peakPicking();
        assertEquals(PeakPickingOptions.Criterion.SNR, snr.criterion());
        assertEquals(4, snr.threshold());
        assertFalse(snr.ticNormalise());
        assertThrows(CliException.class, () -> parse("--pick-peaks", "3", "--min-snr", "4").peakPicking());
        assertThrows(CliException.class, () -> parse("--pick-peaks", "0").peakPicking());
    }

    @Test
    void bandRangeAlsoCutsFormatsWhoseReaderTakesNone(@TempDir Path dir) throws Exception {
        int h = 2;
        int w = 3;
        int d = 6;
        SpectralMatrix m = SpectralMatrix.allocate(h * w, d);
        for (int p = 0; p < h * w; p++) {
            for (int b = 0; b < d; b++) {
                m.set(p, b, 10 * p + b);
            }
        }
        Path npy = dir.resolve("cube.npy");
        NpyWriter.write(npy, SpectralCube.full(h, w, m, BandAxis.indices(d)), ProgressMonitor.NONE);
        ConsoleProgress quiet = new ConsoleProgress(new java.io.PrintWriter(java.io.Writer.nullWriter()), false,
                new AtomicBoolean(), System::nanoTime);
        SpectralCube cut = CubeLoading.load(npy, parse("--band-range", "2:4"), quiet);
        assertEquals(3, cut.bandCount());
        assertArrayEquals(new double[] { 2, 3, 4 }, cut.bands().values());
        for (int p = 0; p < h * w; p++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(10 * p + 2 + j, cut.spectra().get(p, j));
            }
        }
    }
}
