package io.spikemix.engine.io.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.io.envi.EnviWriter;
import io.spikemix.engine.io.imzml.ImzmlWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Seeded mutation testing of every reader through the public API ({@link SpectralReaders}): a few hundred mutants
 * of a small valid file per format (bit flips, truncation, overwritten, deleted and inserted runs, hostile numbers
 * in text headers, broken XML and entities for imzML). Each must read or be refused with a one-line
 * {@code SpectralFileException} naming a file of the cube ({@link FuzzRun}).
 *
 * <p>Each format also replays its {@code REGRESSIONS}: the mutants that once broke the promise, by index.
 */
class ReaderFuzzTest {

    private static final int MUTANTS = 300;

    @TempDir
    Path dir;

    // Mutants that broke the promise on main before issue 17 (multi-line or raw-echo messages, parser location
    // suffixes); replayed by index even if MUTANTS or the mutation mix change.
    private static final int[] NPY_REGRESSIONS = {
        3, 4, 6, 9, 25, 27, 28, 35, 46, 56, 58, 64, 69, 80, 86, 87, 92, 94, 117, 157, 159, 162, 176, 182, 214, 222,
        230, 237, 239, 243, 246, 250, 252, 256, 259, 270 };
    private static final int[] CSV_REGRESSIONS = {
        58, 119, 175, 205, 240, 264, 283 };
    private static final int[] ENVI_REGRESSIONS = {
        46, 84, 91, 106, 157, 180, 187, 214, 220, 223, 235, 244, 252, 265, 267, 282, 289 };
    private static final int[] IMZML_REGRESSIONS = {
        0, 1, 2, 4, 5, 6, 9, 10, 12, 14, 16, 18, 20, 21, 22, 25, 28, 30, 32, 33, 36, 37, 38, 40, 41, 44, 45, 48, 49,
        50, 52, 53, 56, 58, 61, 62, 64, 65, 66, 69, 70, 72, 73, 74, 76, 77, 80, 81, 82, 85, 90, 92, 93, 97, 98, 100,
        102, 104, 105, 106, 108, 113, 114, 117, 118, 120, 121, 122, 124, 125, 128, 130, 132, 133, 136, 140, 142, 144,
        146, 148, 152, 154, 156, 158, 160, 162, 164, 166, 168, 169, 170, 172, 173, 174, 176, 178, 180, 181, 186, 188,
        189, 190, 193, 197, 198, 200, 201, 202, 204, 205, 206, 208, 209, 212, 214, 218, 220, 224, 226, 228, 234, 236,
        238, 240, 242, 244, 246, 248, 249, 250, 252, 257, 258, 260, 261, 262, 264, 265, 266, 268, 269, 270, 272, 273,
        277, 281, 282, 285, 286, 288, 289, 290, 292, 293, 296, 297, 298 };
    private static final int[] MAT5_REGRESSIONS = {};
    private static final int[] MAT73_REGRESSIONS = {};


    private static SpectralCube smallCube(int h, int w, int bands, boolean mask) {
        SplittableRandom rnd = new SplittableRandom(5);
        int n = mask ? h * w - 2 : h * w;
        SpectralMatrix m = SpectralMatrix.allocate(n, bands);
        int[] pixels = new int[n];
        for (int r = 0, p = 0; r < n; r++, p++) {
            if (mask && (p == 1 || p == 4)) {
                p++;
            }
            pixels[r] = p;
            for (int b = 0; b < bands; b++) {
                m.set(r, b, (float) (1 + rnd.nextDouble()));
            }
        }
        double[] axis = new double[bands];
        for (int b = 0; b < bands; b++) {
            axis[b] = 400 + 25.5 * b;
        }
        return SpectralCube.masked(h, w, m, mask ? pixels : null, BandAxis.of(axis, "nm"), Map.of());
    }

    private static void read(List<Path> files) throws Exception {
        SpectralReaders.read(files.get(0), ReadOptions.defaults(), ProgressMonitor.NONE);
    }

    /** Runs MUTANTS mutants of a single-file format whose first {@code textBytes} bytes are a text header. */
    private void singleFile(String format, String name, byte[] seed, int textBytes, long baseSeed, int[] regressions)
            throws Exception {
        Path file = dir.resolve(name);
        FuzzRun.MutantWriter writer = i -> {
            Files.write(file, Mutations.of(seed, baseSeed, i, textBytes).bytes());
            return List.of(file);
        };
        new FuzzRun(format).run(regressions, writer, i -> Mutations.of(seed, baseSeed, i, textBytes).description(),
                ReaderFuzzTest::read).run(FuzzRun.range(MUTANTS), writer,
                        i -> Mutations.of(seed, baseSeed, i, textBytes).description(), ReaderFuzzTest::read)
                .assertHeld(true);
    }

    @Test
    void npy() throws Exception {
        Path seedFile = dir.resolve("seed.npy");
        NpyWriter.write(seedFile, smallCube(3, 4, 5, false), ProgressMonitor.NONE);
        byte[] seed = Files.readAllBytes(seedFile);
        int headerBytes = 10 + ((seed[8] & 0xFF) | (seed[9] & 0xFF) << 8);
        singleFile("npy", "m.npy", seed, headerBytes, 11, NPY_REGRESSIONS);
    }

    @Test
    void csv() throws Exception {
        StringBuilder sb = new StringBuilder("x,y,a,b,c\n");
        SplittableRandom rnd = new SplittableRandom(3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 4; x++) {
                sb.append(x).append(',').append(y);
                for (int b = 0; b < 3; b++) {
                    sb.append(',').append(String.format(java.util.Locale.ROOT, "%.4f", rnd.nextDouble()));
                }
                sb.append('\n');
            }
        }
        byte[] seed = sb.toString().getBytes(StandardCharsets.UTF_8);
        singleFile("csv", "m.csv", seed, seed.length, 12, CSV_REGRESSIONS);
    }

    @Test
    void matlab5() throws Exception {
        var mat = Mat5.newMatFile();
        Matrix cube = Mat5.newMatrix(new int[] { 3, 4, 5 }, MatlabType.Single);
        SplittableRandom rnd = new SplittableRandom(4);
        for (int i = 0; i < 60; i++) {
            cube.setDouble(i, rnd.nextDouble());
        }
        Matrix wl = Mat5.newMatrix(1, 5);
        for (int b = 0; b < 5; b++) {
            wl.setDouble(b, 400 + 10 * b);
        }
        mat.addArray("cube", cube);
        mat.addArray("wavelength", wl);
        Path seedFile = dir.resolve("seed.mat");
        Mat5.writeToFile(mat, seedFile.toFile());
        singleFile("mat5", "m.mat", Files.readAllBytes(seedFile), 116, 13, MAT5_REGRESSIONS);
    }

    @Test
    void matlab73() throws Exception {
        double[][][] data = new double[5][4][3];
        SplittableRandom rnd = new SplittableRandom(6);
        for (double[][] plane : data) {
            for (double[] row : plane) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = rnd.nextDouble();
                }
            }
        }
        Path seedFile = dir.resolve("seed73.mat");
        try (WritableHdfFile hdf = HdfFile.write(seedFile)) {
            hdf.putDataset("cube", data).putAttribute("MATLAB_class", "double");
        }
        singleFile("mat73", "m73.mat", Files.readAllBytes(seedFile), 0, 14, MAT73_REGRESSIONS);
    }

    @Test
    void envi() throws Exception {
        Path hdr = dir.resolve("seed.hdr");
        Path img = EnviWriter.write(smallCube(3, 4, 5, true), hdr, ProgressMonitor.NONE);
        byte[] seedHdr = Files.readAllBytes(hdr);
        byte[] seedImg = Files.readAllBytes(img);
        Path mHdr = dir.resolve("m.hdr");
        Path mImg = dir.resolve("m.img");
        // two mutants in three edit the header; the data file is mostly truncated or grown
        FuzzRun.MutantWriter writer = i -> {
            boolean header = i % 3 != 2;
            Files.write(mHdr, header ? Mutations.of(seedHdr, 15, i, seedHdr.length).bytes() : seedHdr);
            Files.write(mImg, header ? seedImg : Mutations.of(seedImg, 16, i, 0).bytes());
            return List.of(mHdr, mImg);
        };
        java.util.function.IntFunction<String> describe = i -> i % 3 != 2
                ? "header: " + Mutations.of(seedHdr, 15, i, seedHdr.length).description()
                : "data: " + Mutations.of(seedImg, 16, i, 0).description();
        new FuzzRun("envi").run(ENVI_REGRESSIONS, writer, describe, ReaderFuzzTest::read)
                .run(FuzzRun.range(MUTANTS), writer, describe, ReaderFuzzTest::read).assertHeld(true);
    }

    @Test
    void imzml() throws Exception {
        SpectralCube c = smallCube(3, 3, 6, true);
        SpectralCube mz = c.withSpectra(c.spectra(), BandAxis.of(new double[] { 100, 150.5, 200, 250, 300, 350 }, "m/z"));
        Path seedFile = dir.resolve("seed.imzML");
        ImzmlWriter.write(mz, seedFile, true, new UUID(1, 2), ProgressMonitor.NONE);
        byte[] xml = Files.readAllBytes(seedFile);
        byte[] ibd = Files.readAllBytes(dir.resolve("seed.ibd"));
        Path mXml = dir.resolve("m.imzML");
        Path mIbd = dir.resolve("m.ibd");
        FuzzRun.MutantWriter writer = i -> {
            int kind = i % 4;
            Files.write(mXml, kind == 0 ? XmlMutations.of(xml, 17, i).bytes()
                    : kind == 3 ? xml : Mutations.of(xml, 18, i, xml.length).bytes());
            Files.write(mIbd, kind == 3 ? Mutations.of(ibd, 19, i, 0).bytes() : ibd);
            return List.of(mXml, mIbd);
        };
        java.util.function.IntFunction<String> describe = i -> switch (i % 4) {
            case 0 -> "xml: " + XmlMutations.of(xml, 17, i).description();
            case 3 -> "ibd: " + Mutations.of(ibd, 19, i, 0).description();
            default -> "imzML: " + Mutations.of(xml, 18, i, xml.length).description();
        };
        new FuzzRun("imzml").run(IMZML_REGRESSIONS, writer, describe, ReaderFuzzTest::read)
                .run(FuzzRun.range(MUTANTS), writer, describe, ReaderFuzzTest::read).assertHeld(true);
    }
}
