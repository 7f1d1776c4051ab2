package io.spikemix.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.CancellingMonitor;
import io.spikemix.engine.progress.ProgressMonitor;

class NpyWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAMatrixAsLittleEndianFloat32InCOrderWithAnAlignedVersionOneHeader() throws Exception {
        SpectralMatrix m = SpectralMatrix.of(new double[][] { { 1.5, -2 }, { 3, Double.NaN }, { 0.1, 7 } });
        Path file = dir.resolve("m.npy");
        NpyWriter.write(file, m, ProgressMonitor.NONE);

        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        b.get(magic);
        assertArrayEquals(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' }, magic);
        assertEquals(1, b.get());
        assertEquals(0, b.get());
        int headerLen = b.getShort() & 0xFFFF;
        byte[] text = new byte[headerLen];
        b.get(text);
        String header = new String(text, StandardCharsets.ISO_8859_1);
        assertEquals(0, (10 + headerLen) % 64);
        assertTrue(header.endsWith("\n"));
        assertEquals("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", header.strip());
        float[] expected = { 1.5f, -2f, 3f, Float.NaN, 0.1f, 7f };
        assertEquals(expected.length * 4, b.remaining());
        for (float v : expected) {
            assertEquals(v, b.getFloat());
        }
    }

    @Test
    void writesAMaskedCubeAsHeightWidthBandsWithNaNAtMaskedPixels() throws Exception {
        // 2 x 3 image, pixels 1 and 4 masked
        SpectralMatrix m = SpectralMatrix.of(new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 }, { 7, 8 } });
        SpectralCube cube = SpectralCube.masked(2, 3, m, new int[] { 0, 2, 3, 5 }, BandAxis.indices(2), Map.of());
        Path file = dir.resolve("cube.npy");
        NpyWriter.write(file, cube, ProgressMonitor.NONE);

        NpyHeader h = NpyReader.readHeader(file);
        assertArrayEquals(new long[] { 2, 3, 2 }, h.shape());
        assertEquals(NpyDtype.FLOAT32, h.dtype());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        b.position((int) h.dataOffset());
        float nan = Float.NaN;
        float[] expected = { 1, 2, nan, nan, 3, 4, 5, 6, nan, nan, 7, 8 };
        for (float v : expected) {
            assertEquals(v, b.getFloat());
        }
        assertFalse(b.hasRemaining());
    }

    @Test
    void aTableRoundTripsThroughWriterAndReader() throws Exception {
        SplittableRandom rnd = new SplittableRandom(3);
        SpectralMatrix m = SpectralMatrix.allocate(1000, 17, 170);
        for (int i = 0; i < m.rows(); i++) {
            for (int f = 0; f < m.cols(); f++) {
                m.set(i, f, (float) rnd.nextGaussian());
            }
        }
        Path file = dir.resolve("t.npy");
        NpyWriter.write(file, SpectralCube.table(m, BandAxis.indices(17)), ProgressMonitor.NONE);
        SpectralCube back = NpyReader.read(file);
        assertFalse(back.hasImageShape());
        assertEquals(m, back.spectra());
    }

    @Test
    void aFullCubeRoundTripsThroughWriterAndReader() throws Exception {
        SpectralMatrix m = SpectralMatrix.allocate(4 * 5, 3);
        for (int i = 0; i < m.rows(); i++) {
            for (int f = 0; f < 3; f++) {
                m.set(i, f, i * 3 + f);
            }
        }
        Path file = dir.resolve("c.npy");
        NpyWriter.write(file, SpectralCube.full(4, 5, m, BandAxis.indices(3)), ProgressMonitor.NONE);
        SpectralCube back = NpyReader.read(file);
        assertEquals(4, back.height());
        assertEquals(5, back.width());
        assertEquals(m, back.spectra());
    }

    @Test
    void writesInt32LabelMaps() throws Exception {
        Path file = dir.resolve("labels.npy");
        int[] labels = { 0, 1, -1, 2, 2, 70000 };
        NpyWriter.writeInt32(file, labels, 2, 3);
        NpyHeader h = NpyReader.readHeader(file);
        assertEquals("<i4", h.dtype().descr());
        assertArrayEquals(new long[] { 2, 3 }, h.shape());
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        b.position((int) h.dataOffset());
        for (int v : labels) {
            assertEquals(v, b.getInt());
        }
        assertFalse(b.hasRemaining());

        NpyWriter.writeInt32(file, new int[] { 4, 5 }, 2);
        assertEquals("(2,)", NpyReader.readHeader(file).shapeString());
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.writeInt32(dir.resolve("x.npy"), new int[3], 2, 2));
    }

    @Test
    void cancellationLeavesNoPartialFileAndKeepsAnExistingTarget() throws Exception {
        Path file = dir.resolve("keep.npy");
        Files.writeString(file, "previous content");
        SpectralMatrix m = SpectralMatrix.allocate(50_000, 8);
        ProgressMonitor cancelAfterOne = CancellingMonitor.afterChecks(1);
        assertThrows(CanceledException.class, () -> NpyWriter.write(file, m, cancelAfterOne));
        assertEquals("previous content", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
}
