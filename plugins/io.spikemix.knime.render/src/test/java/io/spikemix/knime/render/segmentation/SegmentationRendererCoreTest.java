package io.spikemix.knime.render.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.table.ColumnInfo;

/**
 * What the Segmentation Renderer draws from, without KNIME: integer x, y and cluster columns, the p(k) columns
 * when responsibility maps are asked for, and the optional spikes and band-axis tables checked at configure.
 */
class SegmentationRendererCoreTest {

    private static ColumnInfo ints(String name) {
        return new ColumnInfo(name, true, true, Map.of());
    }

    private static ColumnInfo doubles(String name) {
        return new ColumnInfo(name, true, false, Map.of());
    }

    private static final List<ColumnInfo> PIXELS = List.of(ints("x"), ints("y"), doubles("500 nm"), ints("cluster"),
            doubles("p(1)"), doubles("p(2)"), doubles("confidence"));

    @Test
    void theDrawnColumnsAreFound() throws CoreInputException {
        SegmentationRendererCore.Columns c = SegmentationRendererCore.configure(PIXELS, "cluster", null, null, true);
        assertEquals(0, c.x());
        assertEquals(1, c.y());
        assertEquals(3, c.cluster());
        assertEquals(List.of("p(1)", "p(2)"), c.responsibilityNames());
        assertArrayEquals(new int[] {4, 5}, c.responsibilityColumns());
        assertEquals(0, SegmentationRendererCore.configure(PIXELS, "cluster", null, null, false)
                .responsibilityNames().size(), "no responsibility maps asked for");
    }

    @Test
    void badInputIsRefusedNamingTheColumnOrTable() {
        String noCluster = assertThrows(CoreInputException.class,
                () -> SegmentationRendererCore.configure(PIXELS, "", null, null, false)).getMessage();
        assertTrue(noCluster.contains(SegmentationRendererSettings.CLUSTER_COLUMN.label()), noCluster);
        String notInt = assertThrows(CoreInputException.class,
                () -> SegmentationRendererCore.configure(PIXELS, "p(1)", null, null, false)).getMessage();
        assertTrue(notInt.contains("'p(1)'") && notInt.contains("integers"), notInt);
        String noY = assertThrows(CoreInputException.class, () -> SegmentationRendererCore.configure(
                List.of(ints("x"), ints("cluster")), "cluster", null, null, false)).getMessage();
        assertTrue(noY.contains("'y'"), noY);
        String noFeatures = assertThrows(CoreInputException.class,
                () -> SegmentationRendererCore.configure(PIXELS, "cluster", List.of(), null, false)).getMessage();
        assertTrue(noFeatures.contains("spikes table"), noFeatures);
        String noAxis = assertThrows(CoreInputException.class, () -> SegmentationRendererCore.configure(PIXELS,
                "cluster", null, List.of(ints("band index")), false)).getMessage();
        assertTrue(noAxis.contains("band-axis table"), noAxis);
    }

    /** Only numeric columns named p(…) are drawn as responsibility maps. */
    @ParameterizedTest(name = "{0} (numeric {1}) drawn: {2}")
    @CsvSource({ "'p(1)', true, true", "'p(spike 3)', true, true", "'p(1', true, false", "'pp(1)', true, false",
        "'p(2)', false, false", "'confidence', true, false" })
    void responsibilityMapsAreDrawnForNumericPColumnsOnly(String name, boolean numeric, boolean drawn)
            throws CoreInputException {
        List<ColumnInfo> pixels = List.of(ints("x"), ints("y"), ints("cluster"),
                new ColumnInfo(name, numeric, false, Map.of()));
        SegmentationRendererCore.Columns c = SegmentationRendererCore.configure(pixels, "cluster", null, null, true);
        assertEquals(drawn ? List.of(name) : List.of(), c.responsibilityNames());
    }
}
