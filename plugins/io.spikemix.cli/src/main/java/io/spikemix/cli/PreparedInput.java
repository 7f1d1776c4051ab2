package io.spikemix.cli;

import java.nio.file.Path;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;

/**
 * The data a fit runs on: the cube as read, the normalization fitted to it (or none) and the matrix the methods
 * see (the normalized spectra, or the read ones).
 *
 * @param file           the input file
 * @param cube           the cube as read (raw units)
 * @param normalization  the fitted normalization, null for "none"
 * @param data           the spectra the methods fit, one row per valid pixel
 * @param maskedSpectra  spectra the normalization wrote as zeros (l1/TIC norm not positive)
 */
record PreparedInput(Path file, SpectralCube cube, NormalizationModel normalization, SpectralMatrix data,
        int maskedSpectra) {

    /** "none" or the normalization id. */
    String normalizationId() {
        return normalization == null ? "none" : normalization.method().id();
    }

    /** Spike or spectrum in raw units: the normalization's undo (method.md §6), or the values themselves. */
    double[] undo(double[] spectrum) {
        return normalization == null ? spectrum.clone() : normalization.undo(spectrum);
    }

    /**
     * Reads {@code file} and normalizes it.
     *
     * @param normalize "none", "minmax", "l1" or "tic"
     */
    static PreparedInput prepare(Path file, ReadOptions readOptions, String normalize, ConsoleProgress progress)
            throws SpectralFileException, CanceledException {
        NormalizationMethod method = parseNormalization(normalize);
        SpectralCube cube = withoutEmptyPixels(InputFiles.read(file, readOptions, progress.stage("read")));
        if (cube.validCount() == 0) {
            throw new SpectralFileException(file, "pixels", "expected at least one pixel with a spectrum, found none");
        }
        if (method == null) {
            return new PreparedInput(file, cube, null, cube.spectra(), 0);
        }
        try {
            NormalizationModel model = NormalizationModel.fit(method, cube.spectra(), NonFinitePolicy.REJECT,
                    progress.stage("normalize"));
            NormalizationResult r = model.apply(cube.spectra(), NonFinitePolicy.REJECT, progress);
            return new PreparedInput(file, cube, model, r.data(), r.maskedRows().length);
        } catch (NonFiniteValueException e) {
            throw new CliException(file + ": row " + e.row() + " (0-based), band " + e.column() + " holds " + e.value()
                    + "; the methods need finite values");
        } catch (IllegalArgumentException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }

    /**
     * Masks the pixels whose spectrum is entirely NaN: that is how {@code .npy} files (and our writer) store pixels
     * without a spectrum, and they must come out as -1 in label maps rather than stop the fit.
     */
    static SpectralCube withoutEmptyPixels(SpectralCube cube) {
        SpectralMatrix m = cube.spectra();
        int d = m.cols();
        float[] row = new float[d];
        java.util.List<Integer> keep = new java.util.ArrayList<>();
        for (int r = 0; r < m.rows(); r++) {
            m.getRow(r, row);
            boolean allNaN = true;
            for (int f = 0; f < d && allNaN; f++) {
                allNaN = Float.isNaN(row[f]);
            }
            if (!allNaN) {
                keep.add(r);
            }
        }
        if (keep.size() == m.rows()) {
            return cube;
        }
        SpectralMatrix kept = SpectralMatrix.allocate(keep.size(), d);
        int[] pixelIndex = new int[keep.size()];
        for (int i = 0; i < keep.size(); i++) {
            m.getRow(keep.get(i), row);
            kept.setRow(i, row);
            pixelIndex[i] = cube.pixelIndex(keep.get(i));
        }
        return SpectralCube.masked(cube.height(), cube.width(), kept, pixelIndex, cube.bands(), cube.metadata());
    }

    static NormalizationMethod parseNormalization(String normalize) {
        if (normalize == null || normalize.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return NormalizationMethod.parse(normalize);
        } catch (IllegalArgumentException e) {
            throw new CliException("--normalize: expected none, minmax, l1 or tic, got '" + normalize + "'");
        }
    }
}
