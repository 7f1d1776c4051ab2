package io.spikemix.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.NearestCentroid;

/**
 * One block's Lloyd state between distributed passes: its pixels, their ‖y‖², the labels of the last assignment and
 * that pass's per-chunk partial sums. Immutable: a pass returns a new state, so a lost partition is recomputed from
 * its lineage (the previous state and the broadcast centroids) to the same values.
 */
final class KMeansBlockState implements Serializable {

    private static final long serialVersionUID = 1L;

    final PixelBlock block;
    final double[] rowNorms;
    /** Labels of the last pass, null before the first. */
    final int[] labels;
    /** The labels before the last pass, after the driver's re-seeding (null before the second pass). */
    final int[] previous;
    /** Exact squared distance of every row to its labelled centroid in the last pass (null before the first). */
    final double[] dist;
    /** The last pass's partial sums, one per k-means chunk of the block, in chunk order (null before the first). */
    final ChunkPartial[] partials;

    private KMeansBlockState(PixelBlock block, double[] rowNorms, int[] labels, int[] previous, double[] dist,
            ChunkPartial[] partials) {
        this.block = block;
        this.rowNorms = rowNorms;
        this.labels = labels;
        this.previous = previous;
        this.dist = dist;
        this.partials = partials;
    }

    static KMeansBlockState initial(PixelBlock block) {
        return new KMeansBlockState(block, KMeansFitter.rowNorms(block.matrix()), null, null, null, null);
    }

    /** Per-chunk partial sums of one assignment pass; the driver adds them in chunk order as the engine does. */
    static final class ChunkPartial implements Serializable {
        private static final long serialVersionUID = 1L;
        final int chunk;
        final double[] sums;
        final long[] counts;
        final double[] normSums;
        final double inertia;
        /** Whether any row's label differs from its previous label (after the driver's relocations). */
        final boolean changed;

        ChunkPartial(int chunk, double[] sums, long[] counts, double[] normSums, double inertia, boolean changed) {
            this.chunk = chunk;
            this.sums = sums;
            this.counts = counts;
            this.normSums = normSums;
            this.inertia = inertia;
            this.changed = changed;
        }
    }

    /**
     * The assignment step of Lloyd's algorithm on this block, chunk by chunk exactly as {@code KMeansFitter}'s
     * tasks run it ({@link NearestCentroid#assignRows} with sums, then the chunk's inertia and ‖y‖² sums in row
     * order).
     *
     * @param relocated labels the driver changed after the previous pass (empty-cluster re-seeding), by dataset row;
     *                  they are the "previous" labels the new ones are compared with
     */
    KMeansBlockState assign(double[][] centroids, Map<Integer, Integer> relocated) {
        SpectralMatrix m = block.matrix();
        int n = block.rows();
        int k = centroids.length;
        int d = block.cols();
        int[] previous = labels == null ? null : labels.clone();
        if (previous != null) {
            for (int i = 0; i < n; i++) {
                Integer moved = relocated.get(block.firstRow() + i);
                if (moved != null) {
                    previous[i] = moved;
                }
            }
        }
        int[] next = new int[n];
        double[] nextDist = new double[n];
        NearestCentroid nc = new NearestCentroid(centroids);
        int chunks = NearestCentroid.chunkCount(n);
        ChunkPartial[] out = new ChunkPartial[chunks];
        for (int c = 0; c < chunks; c++) {
            int r0 = c * NearestCentroid.CHUNK_ROWS;
            int r1 = Math.min(n, r0 + NearestCentroid.CHUNK_ROWS);
            double[] s = new double[k * d];
            long[] cnt = new long[k];
            nc.assignRows(m, r0, r1, next, nextDist, s, cnt);
            double in = 0;
            for (int i = r0; i < r1; i++) {
                in += nextDist[i];
            }
            double[] normSums = new double[k];
            KMeansFitter.sumNorms(rowNorms, next, r0, r1, normSums);
            boolean changed = previous == null
                    || !Arrays.equals(next, r0, r1, previous, r0, r1);
            out[c] = new ChunkPartial(block.firstRow() / NearestCentroid.CHUNK_ROWS + c, s, cnt, normSums, in, changed);
        }
        return new KMeansBlockState(block, rowNorms, next, previous, nextDist, out);
    }
}
