package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an imzML 1.1 image (.imzML metadata plus .ibd binary) into a {@link SpectralCube} whose band axis is m/z.
 *
 * <p>Continuous files are read as stored: the shared m/z array is the axis, each spectrum's intensities are
 * converted once into its matrix row. Processed files (one m/z array per spectrum) are put on a common axis (see
 * {@link ImzmlAxisMode}): <b>binning</b> cuts [min m/z, max m/z] of all spectra into bins of the tolerance width
 * (Da: equal widths; ppm: widths growing with m/z, bin k = ⌊ln(mz/min) / ln(1 + tol·10⁻⁶)⌋), keeps only bins that
 * hold at least one data point in some spectrum (band value = bin centre) and sums the intensities in each bin;
 * <b>peak list</b> sums the intensities within the tolerance of each given peak (a point within the tolerance of
 * two peaks goes to the nearer one). Both may also be asked for with continuous files.
 *
 * <p>The .ibd file must start with the UUID declared in the .imzML, every array must lie inside it, and on request
 * its SHA-1 or MD5 must match the declared one. Pixels without a spectrum are masked; positions are 1-based in
 * imzML and 0-based in the cube.
 *
 * <p>Arrays may be stored plain or zlib-compressed (MS:1000574, see {@link IbdFile}); every m/z array must be finite,
 * positive and strictly increasing ({@link MzArrays}). A parse warning (a reference to an undefined parameter group)
 * is reported through the monitor and kept in the metadata as {@code imzml.warning}.
 *
 * <p>Threads: the XML is parsed on up to 4 threads ({@link ImzmlParser}); spectra are decoded on up to 4 threads
 * ({@link ParallelRowDecoder}). The result does not depend on the number of threads. Time O(XML bytes + total data
 * points); memory: the float32 matrix plus one 8 MiB read window per decoding run and, when binning, one bit per
 * bin. For the peak features of files larger than the heap see {@link ImzmlFeatureReader}.
 */
public final class ImzmlReader {

    /** Most threads decoding a continuous file. */
    private static final int DECODE_THREADS = 4;

    private ImzmlReader() {
    }

    /** Reads from the .imzML file (or its .ibd file; the partner is found next to it). */
    public static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        Path imzml = partner(file, "imzML");
        Path ibd = partner(file, "ibd");
        ImzmlIndex index = ImzmlParser.parse(imzml, monitor.subRange(0, 0.2));
        return read(index, ibd, options, monitor.subRange(0.2, 1));
    }

    /** The sibling with the given extension (any case), or the file itself if it has it. */
    static Path partner(Path file, String ext) throws SpectralFileException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        if (dot >= 0 && name.substring(dot + 1).equalsIgnoreCase(ext)) {
            return file;
        }
        for (String e : new String[] {ext, ext.toLowerCase(Locale.ROOT), ext.toUpperCase(Locale.ROOT)}) {
            Path p = file.resolveSibling(base + "." + e);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new SpectralFileException(file, ext, "expected the partner file " + base + "." + ext
                + " next to it, found none");
    }

    /** Reads the spectra an already parsed index describes from the binary file. */
    public static SpectralCube read(ImzmlIndex index, Path ibdPath, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        ImzmlPlan plan = plan(index, ibdPath, options, monitor.subRange(0, 0.3));
        SpectralMatrix m = plan.decodeAll(threads(), monitor.subRange(0.3, 1));
        SpectralCube cube = plan.cube(m, plan.axis(), Map.of());
        monitor.setProgress(1, "Read " + ibdPath.getFileName());
        return ReaderSupport.finish(ibdPath, cube, options, monitor);
    }

    /** Checks the .ibd file against the index and fixes rows and axis; reports the parse's warning, if any. */
    static ImzmlPlan plan(ImzmlIndex index, Path ibdPath, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        try (IbdFile ibd = new IbdFile(ibdPath)) {
            ImzmlPlan plan = ImzmlPlan.prepare(index, ibd, ibdPath, options, monitor);
            if (plan.warning() != null) {
                monitor.setProgress(Double.NaN, "Warning: " + plan.warning());
            }
            return plan;
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(ibdPath, "ibd", "cannot be closed: " + e.getMessage(), e);
        }
    }

    /** Threads decoding spectra. */
    static int threads() {
        return Math.min(DECODE_THREADS, Runtime.getRuntime().availableProcessors());
    }
}
