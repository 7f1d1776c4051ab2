package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.parallel.ParallelTasks;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * {@link ImsFeatureExtractor}'s peak features of an imzML read without the raw cube in the heap: pass 1 streams the
 * .ibd once for the mean spectrum (of the TIC-normalised spectra on request) on the read's axis, the peaks are
 * picked on it exactly as in memory, and pass 2 streams the file again and keeps only the N × peaks features.
 *
 * <p>Same bits as the in-memory path: every row is decoded by the same {@link RowDecoder}, normalised by
 * {@link ImsFeatureExtractor#ticNormaliseRow} and summed by {@link ImsFeatureExtractor.Windows#features}; the mean
 * adds the rows in row order for every band (the threads split the bands of a block, not its rows), so neither the
 * thread count nor the block size changes a bit. Rows are decoded a block at a time, the block split into one run
 * per thread with a decoder of its own; progress and cancel once per block.
 *
 * <p>Memory: the feature matrix plus a fixed block buffer (at least one row) and one read window per thread,
 * whatever the size of the file. Time: two reads of the .ibd file.
 */
final class StreamingFeatureExtractor {

    private StreamingFeatureExtractor() {
    }

    /**
     * @param note        metadata describing why the file was streamed, added to the result's
     * @param bufferBytes size of the block buffer of pass 1 (rows of the axis size, at least one)
     * @param threads     decoding threads including the calling one, ≥ 1
     */
    static SpectralCube extract(ImzmlPlan plan, PeakPickingOptions options, Map<String, String> note,
            long bufferBytes, int threads, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int n = plan.rows();
        int d = plan.axis().size();
        int blockRows = (int) Math.max(1, Math.min(n, bufferBytes / (4L * d)));
        RowDecoder[] decoders = new RowDecoder[threads];
        try (ParallelTasks tasks = new ParallelTasks(threads)) {
            for (int t = 0; t < threads; t++) {
                decoders[t] = plan.decoder();
            }
            double[] mean = meanSpectrum(plan, options.ticNormalise(), blockRows, decoders, tasks,
                    monitor.subRange(0, 0.5));
            ImsFeatureExtractor.Windows windows = ImsFeatureExtractor.windows(mean, plan.axis(), options);
            int peaks = windows.axis.size();
            ReaderSupport.checkAllocation(plan.file(), "spectra x peaks", n, peaks);
            SpectralMatrix out = SpectralMatrix.allocate(n, peaks);
            features(plan, options.ticNormalise(), windows, out, blockRows, decoders, tasks, monitor.subRange(0.5, 1));
            return plan.cube(out, windows.axis, note);
        } finally {
            close(plan, decoders);
        }
    }

    /** Pass 1: the mean of all rows, each band summed in row order in double. */
    private static double[] meanSpectrum(ImzmlPlan plan, boolean tic, int blockRows, RowDecoder[] decoders,
            ParallelTasks tasks, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        int n = plan.rows();
        int d = plan.axis().size();
        int threads = decoders.length;
        float[] block = new float[blockRows * d];
        double[] sum = new double[d];
        SpectralFileException[] errors = new SpectralFileException[threads];
        for (int r0 = 0; r0 < n; r0 += blockRows) {
            int rows = Math.min(blockRows, n - r0);
            int first = r0;
            report(monitor, "pass 1 of 2, mean spectrum", first, n);
            tasks.run(threads, (t, cancel) -> {
                try {
                    for (int i = rows * t / threads; i < rows * (t + 1) / threads; i++) {
                        decoders[t].decode(plan.spectrum(first + i), block, i * d);
                        if (tic) {
                            ImsFeatureExtractor.ticNormaliseRow(block, i * d, d);
                        }
                    }
                } catch (SpectralFileException e) {
                    errors[t] = e;
                }
            }, monitor);
            rethrowFirst(errors);
            tasks.run(threads, (t, cancel) -> {
                int to = (int) ((long) d * (t + 1) / threads);
                for (int i = 0; i < rows; i++) {
                    for (int j = (int) ((long) d * t / threads), o = i * d; j < to; j++) {
                        sum[j] += block[o + j];
                    }
                }
            }, monitor);
        }
        for (int j = 0; j < d; j++) {
            sum[j] /= Math.max(1, n);
        }
        return sum;
    }

    /** Pass 2: every row decoded again and reduced to its peak features. */
    private static void features(ImzmlPlan plan, boolean tic, ImsFeatureExtractor.Windows windows,
            SpectralMatrix out, int blockRows, RowDecoder[] decoders, ParallelTasks tasks, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        int n = plan.rows();
        int d = plan.axis().size();
        int threads = decoders.length;
        float[][] rows = new float[threads][d];
        SpectralFileException[] errors = new SpectralFileException[threads];
        for (int r0 = 0; r0 < n; r0 += blockRows) {
            int count = Math.min(blockRows, n - r0);
            int first = r0;
            report(monitor, "pass 2 of 2, " + windows.axis.size() + " peak features", first, n);
            tasks.run(threads, (t, cancel) -> {
                float[] row = rows[t];
                try {
                    for (int r = first + count * t / threads; r < first + count * (t + 1) / threads; r++) {
                        decoders[t].decode(plan.spectrum(r), row, 0);
                        if (tic) {
                            ImsFeatureExtractor.ticNormaliseRow(row, 0, d);
                        }
                        windows.features(row, 0, out.blockOf(r), out.offsetOf(r));
                    }
                } catch (SpectralFileException e) {
                    errors[t] = e;
                }
            }, monitor);
            rethrowFirst(errors);
        }
    }

    private static void report(ProgressMonitor monitor, String pass, int row, int n) throws CanceledException {
        monitor.checkCanceled();
        monitor.setProgress((double) row / n, () -> String.format(Locale.ROOT, "Streaming the .ibd (%s): spectrum "
                + "%,d of %,d", pass, row, n));
    }

    /** The error of the lowest thread slot (its rows come first), so the error does not depend on timing. */
    private static void rethrowFirst(SpectralFileException[] errors) throws SpectralFileException {
        for (SpectralFileException e : errors) {
            if (e != null) {
                throw e;
            }
        }
    }

    private static void close(ImzmlPlan plan, RowDecoder[] decoders) throws SpectralFileException {
        for (RowDecoder decoder : decoders) {
            if (decoder != null) {
                try {
                    decoder.close();
                } catch (IOException e) {
                    throw new SpectralFileException(plan.file(), "ibd", "cannot be closed: " + e.getMessage(), e);
                }
            }
        }
    }
}
