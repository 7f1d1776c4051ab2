package io.spikemix.knime.reader.cube;

import static io.spikemix.knime.reader.cube.SpectralCubeReaderSettings.DECLARATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.io.IgnoreValuePolicy;
import io.spikemix.engine.io.ImzmlAxisMode;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.MzTolerance;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.imzml.PeakPickingOptions;
import io.spikemix.knime.base.node.DeclaredValues;

class CubeReadSettingsTest {

    private static DeclaredValues withFile(String file) {
        return DeclaredValues.defaults(DECLARATION).with(SpectralCubeReaderSettings.FILE, file);
    }

    @Test
    void defaultsReadTheFileAsStoredWithTheEngineDefaults() {
        CubeReadSettings s = CubeReadSettings.of(withFile("/data/cube.hdr"));
        ReadOptions o = s.options();
        ReadOptions engine = ReadOptions.defaults();
        assertEquals(Path.of("/data/cube.hdr"), s.file());
        assertTrue(o.format().isEmpty());
        assertEquals(engine.matLayout(), o.matLayout());
        assertEquals(engine.imzmlAxisMode(), o.imzmlAxisMode());
        assertEquals(engine.mzTolerance(), o.mzTolerance());
        assertEquals(engine.ignoreValuePolicy(), o.ignoreValuePolicy());
        assertEquals(engine.dropMaskedPixels(), o.dropMaskedPixels());
        assertEquals(engine.dropBadBands(), o.dropBadBands());
        assertEquals(Double.NEGATIVE_INFINITY, o.bandMin());
        assertEquals(Double.POSITIVE_INFINITY, o.bandMax());
        assertTrue(s.peakPicking().isEmpty());
        assertEquals(5000, s.maxBands());
    }

    @Test
    void formatIsDetectedByExtensionUnlessOverridden() throws Exception {
        CubeReadSettings auto = CubeReadSettings.of(withFile("a/cube.NPY"));
        assertTrue(auto.options().format().isEmpty());
        assertEquals(SpectralFormat.NPY, SpectralReaders.formatOf(auto.file(), auto.options()));
        CubeReadSettings forced = CubeReadSettings.of(withFile("a/cube.npy")
                .with(SpectralCubeReaderSettings.FORMAT, SpectralCubeReaderSettings.ENVI));
        assertEquals(SpectralFormat.ENVI, forced.options().format().orElseThrow());
        assertEquals(SpectralFormat.CSV, CubeReadSettings.of(withFile("a/cube.bin")
                .with(SpectralCubeReaderSettings.FORMAT, SpectralCubeReaderSettings.CSV)).options().format()
                .orElseThrow());
    }

    @Test
    void everyChoiceMapsToAnEngineValue() {
        for (String f : SpectralCubeReaderSettings.FORMAT.choices()) {
            CubeReadSettings.of(withFile("c.mat").with(SpectralCubeReaderSettings.FORMAT, f));
        }
        // every engine format, plus auto
        assertEquals(SpectralFormat.values().length + 1, SpectralCubeReaderSettings.FORMAT.choices().size());
        assertEquals(MatLayout.values().length, SpectralCubeReaderSettings.MAT_LAYOUT.choices().size());
        assertEquals(ImzmlAxisMode.values().length, SpectralCubeReaderSettings.IMZML_AXIS.choices().size());
        for (String v : SpectralCubeReaderSettings.IGNORE_VALUE.choices()) {
            assertEquals(IgnoreValuePolicy.valueOf(v.toUpperCase(Locale.ROOT)), CubeReadSettings.of(withFile("c.hdr")
                    .with(SpectralCubeReaderSettings.IGNORE_VALUE, v)).options().ignoreValuePolicy());
        }
    }

    @Test
    void matLayoutAndShapeReachTheOptions() {
        ReadOptions o = CubeReadSettings.of(withFile("c.mat")
                .with(SpectralCubeReaderSettings.MAT_VARIABLE, " img ")
                .with(SpectralCubeReaderSettings.MAT_LAYOUT, "pixels_by_bands")
                .with(SpectralCubeReaderSettings.MAT_LINES, 95)
                .with(SpectralCubeReaderSettings.MAT_COLS, 95)).options();
        assertEquals("img", o.matVariable().orElseThrow());
        assertEquals(MatLayout.PIXELS_BY_BANDS, o.matLayout());
        assertEquals(95, o.matLines());
        assertEquals(95, o.matCols());
    }

    @Test
    void twoDimensionalLayoutWithoutShapeNamesTheMissingSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CubeReadSettings.of(
                withFile("c.mat").with(SpectralCubeReaderSettings.MAT_LAYOUT, "bands_by_pixels")));
        assertTrue(e.getMessage().contains("'MATLAB image lines'"), e.getMessage());
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class, () -> CubeReadSettings.of(
                withFile("c.mat").with(SpectralCubeReaderSettings.MAT_LINES, 4)));
        assertTrue(half.getMessage().contains("'MATLAB image columns' must be >= 1"), half.getMessage());
    }

    @Test
    void noFileIsAnErrorNamingTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeReadSettings.of(DeclaredValues.defaults(DECLARATION)));
        assertTrue(e.getMessage().contains("'File'"), e.getMessage());
    }

    @Test
    void peakListIsParsedFromCommasSemicolonsAndSpaces() {
        assertArrayEquals(new double[] {885.55, 766.5, 100, 200},
                CubeReadSettings.parsePeakList(" 885.55, 766.5;100  200 "));
        ReadOptions o = CubeReadSettings.of(withFile("c.imzML")
                .with(SpectralCubeReaderSettings.IMZML_AXIS, "peak_list")
                .with(SpectralCubeReaderSettings.PEAK_LIST, "885.55, 766.5")).options();
        assertEquals(ImzmlAxisMode.PEAK_LIST, o.imzmlAxisMode());
        assertArrayEquals(new double[] {766.5, 885.55}, o.peakList().orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeReadSettings.parsePeakList("885.5, abc"));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CubeReadSettings.of(withFile("c.imzML")
                .with(SpectralCubeReaderSettings.IMZML_AXIS, "peak_list")));
    }

    @Test
    void toleranceAndPeakPickingShareTheUnit() {
        CubeReadSettings s = CubeReadSettings.of(withFile("c.imzML")
                .with(SpectralCubeReaderSettings.MZ_TOLERANCE, 0.05)
                .with(SpectralCubeReaderSettings.MZ_TOLERANCE_UNIT, "da")
                .with(SpectralCubeReaderSettings.PEAK_PICKING, SpectralCubeReaderSettings.PEAKS_TOP_N)
                .with(SpectralCubeReaderSettings.PEAK_COUNT, 150));
        assertEquals(MzTolerance.da(0.05), s.options().mzTolerance());
        PeakPickingOptions p = s.peakPicking().orElseThrow();
        assertEquals(PeakPickingOptions.Criterion.TOP_N, p.criterion());
        assertEquals(150, p.topN());
        assertEquals(MzTolerance.da(0.05), p.tolerance());
        PeakPickingOptions snr = CubeReadSettings.of(withFile("c.imzML")
                .with(SpectralCubeReaderSettings.PEAK_PICKING, SpectralCubeReaderSettings.PEAKS_SNR)
                .with(SpectralCubeReaderSettings.PEAK_SNR, 5.0)).peakPicking().orElseThrow();
        assertEquals(PeakPickingOptions.Criterion.SNR, snr.criterion());
        assertEquals(5.0, snr.threshold());
    }

    @Test
    void bandRangeAppliesOnlyWhenRestrictedAndMustBeOrdered() {
        DeclaredValues v = withFile("c.hdr").with(SpectralCubeReaderSettings.BAND_MIN, 500.0)
                .with(SpectralCubeReaderSettings.BAND_MAX, 600.0);
        assertEquals(Double.NEGATIVE_INFINITY, CubeReadSettings.of(v).options().bandMin());
        ReadOptions o = CubeReadSettings.of(v.with(SpectralCubeReaderSettings.RESTRICT_BANDS, true)).options();
        assertEquals(500.0, o.bandMin());
        assertEquals(600.0, o.bandMax());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CubeReadSettings.of(
                v.with(SpectralCubeReaderSettings.RESTRICT_BANDS, true)
                        .with(SpectralCubeReaderSettings.BAND_MIN, 700.0)));
        assertTrue(e.getMessage().contains("Got [700.0, 600.0]"), e.getMessage());
    }

    @Test
    void maskAndBadBandOptionsReachTheEngine() {
        ReadOptions o = CubeReadSettings.of(withFile("c.hdr").with(SpectralCubeReaderSettings.DROP_MASKED, false)
                .with(SpectralCubeReaderSettings.DROP_BAD_BANDS, true)).options();
        assertFalse(o.dropMaskedPixels());
        assertTrue(o.dropBadBands());
    }
}
