package io.spikemix.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

import scala.Tuple2;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.kmeans.NearestCentroid;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * k-means ({@link KMeansFitter}: greedy k-means++ starts, Lloyd iterations, best of {@code nInit} by inertia) over
 * pixel blocks held by Spark executors, with the engine's kernels on every block.
 *
 * <p>Why the results equal the engine's bit for bit: every pass returns its partial sums per k-means chunk
 * ({@link NearestCentroid#CHUNK_ROWS} rows), computed by the same kernel over the same rows as an engine task, and
 * the driver adds them in chunk order as {@code KMeansFitter} does; the random draws come from one
 * {@link SplittableRandom} on the driver, consumed in the engine's order. So neither the partition count nor the
 * executor count changes an addition. One exception, stated: the convergence threshold tol × (mean feature
 * variance) is computed from per-block Welford moments merged in block order (Chan et al.), where the engine runs one
 * Welford pass over all rows; the two agree to a few ulps, and the run can differ only if the summed centroid shift
 * falls within those ulps of the threshold.
 *
 * <p>Cost per Lloyd iteration: one pass over the cached blocks (O(N·K·d) on the executors), a broadcast of K·d
 * doubles, and (chunks × (K·d + 2K + 2)) doubles collected to the driver, which adds them (O(chunks·K·d)).
 * k-means++ takes three small jobs per centre (sampling weights, candidate rows, candidate potentials) and keeps
 * D_i, the distance to the nearest chosen centre, in a cached RDD of {@link SeedBlock}s as the engine keeps its array. The Lloyd
 * state (labels) lives in a cached RDD of immutable {@link KMeansBlockState}s, one new RDD per iteration. An empty
 * cluster (rare) collects every row's label and distance to the driver, which applies the engine's re-seeding rule
 * ({@link KMeansFitter#relocateEmptyClusters(int, java.util.function.IntFunction, int[], double[], double[], long[],
 * java.util.function.IntConsumer)}).
 */
public final class DistributedKMeans {

    private final KMeansOptions options;
    private final JavaSparkContext sc;

    public DistributedKMeans(JavaSparkContext sc, KMeansOptions options) {
        this.sc = sc;
        this.options = options;
    }

    /**
     * Clusters the pixels of {@code blocks} (cached by the caller, or read once per pass otherwise).
     *
     * @param blocks the dataset's blocks, as {@link CubeDataset#blocks} lays them out
     * @param layout the layout the blocks follow
     * @throws IllegalArgumentException for data {@code FitInput} rejects (non-finite values, fewer than K distinct
     *                                  pixels), found by the first job
     */
    public KMeansModel fit(JavaRDD<PixelBlock> blocks, BlockLayout layout, ProgressMonitor monitor)
            throws CanceledException {
        int k = options.k();
        int n = layout.rows();
        if (n < k) {
            throw new IllegalArgumentException("The number of pixels (" + n + ") is smaller than 'k' (" + k
                    + "). Reduce 'k' or select more pixels.");
        }
        describe("k-means: checking the data");
        checkInput(blocks, k);
        describe("k-means: feature variance");
        double tolAbs = options.tol() * BlockMoments.meanFeatureVariance(blocks);
        JavaRDD<KMeansBlockState> initial = blocks.map(KMeansBlockState::initial).persist(StorageLevel.MEMORY_ONLY());
        SplittableRandom rng = new SplittableRandom(options.seed());
        KMeansModel best = null;
        try {
            for (int run = 0; run < options.nInit(); run++) {
                ProgressMonitor sub = monitor.subRange((double) run / options.nInit(),
                        (double) (run + 1) / options.nInit());
                double[][] init = seed(blocks, layout, rng.split(), run, sub.subRange(0, 0.1));
                KMeansModel model = lloyd(initial, layout, init, tolAbs, run, sub.subRange(0.1, 1));
                if (best == null || model.inertia() < best.inertia()) {
                    best = model;
                }
            }
        } finally {
            initial.unpersist(false);
        }
        monitor.setProgress(1, "k-means done");
        return best;
    }

    /**
     * Lloyd iterations from given centroids, as {@link KMeansFitter#fitFrom} (a warm start; lets tests place
     * centroids deliberately, e.g. one that no pixel is nearest to).
     */
    public KMeansModel fitFrom(JavaRDD<PixelBlock> blocks, BlockLayout layout, double[][] initialCentroids,
            ProgressMonitor monitor) throws CanceledException {
        checkInput(blocks, initialCentroids.length);
        double tolAbs = options.tol() * BlockMoments.meanFeatureVariance(blocks);
        JavaRDD<KMeansBlockState> initial = blocks.map(KMeansBlockState::initial).persist(StorageLevel.MEMORY_ONLY());
        try {
            return lloyd(initial, layout, initialCentroids, tolAbs, 0, monitor);
        } finally {
            initial.unpersist(false);
        }
    }

    private void describe(String what) {
        sc.setJobDescription(what);
    }

    /** FitInput's checks, distributed: finite values (first offending row named) and at least K distinct pixels. */
    static void checkInput(JavaRDD<PixelBlock> blocks, int k) {
        List<InputCheck> checks = blocks.mapPartitions(it -> {
            InputCheck c = new InputCheck();
            while (it.hasNext()) {
                c.add(it.next(), k);
            }
            return List.of(c).iterator();
        }).collect();
        Set<InputCheck.Row> distinct = new HashSet<>();
        for (InputCheck c : checks) {
            if (c.badRow >= 0) {
                throw new IllegalArgumentException("Pixel row " + c.badRow + ", column " + c.badCol + " holds "
                        + c.badValue + "; clustering needs finite values. Remove or impute non-finite values first.");
            }
        }
        for (InputCheck c : checks) {
            for (InputCheck.Row r : c.distinct) {
                if (distinct.size() < k) {
                    distinct.add(r);
                }
            }
        }
        if (distinct.size() < k) {
            throw new IllegalArgumentException("The data hold only " + distinct.size() + " distinct pixel spectra, fewer"
                    + " than 'k' (" + k + "). Reduce 'k' to at most " + distinct.size()
                    + " or remove duplicate pixels.");
        }
    }

    /**
     * Greedy k-means++ as the engine's {@code KMeansPlusPlus.centers}: the same draws from {@code rng} in the same
     * order, the same per-chunk potentials added in chunk order, the same sampling rule.
     */
    double[][] seed(JavaRDD<PixelBlock> blocks, BlockLayout layout, SplittableRandom rng, int run,
            ProgressMonitor monitor) throws CanceledException {
        int k = options.k();
        int n = layout.rows();
        int trials = 2 + (int) Math.log(k);
        double[][] centers = new double[k][];
        describe("k-means start " + (run + 1) + ": k-means++ centre 1/" + k);
        centers[0] = rows(blocks, new int[] { rng.nextInt(n) }).get(0);
        JavaRDD<SeedBlock> state = blocks.map(SeedBlock::initial).persist(StorageLevel.MEMORY_ONLY());
        List<JavaRDD<SeedBlock>> states = new ArrayList<>(List.of(state));
        try {
            SeedPartial[] chunks = seedPass(state, layout, new double[][] { centers[0] });
            state = lower(state, centers[0], states);
            double[] chunkSums = column(chunks, 0);
            int[] lastPositive = lastPositive(chunks, 0);
            for (int m = 1; m < k; m++) {
                monitor.checkCanceled();
                describe("k-means start " + (run + 1) + ": k-means++ centre " + (m + 1) + "/" + k);
                double potential = 0;
                for (double v : chunkSums) {
                    potential += v;
                }
                double[] targets = new double[trials];
                for (int t = 0; t < trials; t++) {
                    targets[t] = potential * rng.nextDouble();
                }
                ChunkWeights weights = new ChunkWeights(state);
                int[] candidates = new int[trials];
                weights.prefetch(firstChunks(chunkSums, targets));
                for (int t = 0; t < trials; t++) {
                    candidates[t] = sample(weights, chunkSums, lastPositive, n, targets[t]);
                }
                double[][] cand = rows(blocks, candidates).toArray(new double[0][]);
                SeedPartial[] pass = seedPass(state, layout, cand);
                int bestTrial = 0;
                double[] potentials = new double[trials];
                for (int t = 0; t < trials; t++) {
                    potentials[t] = sum(column(pass, t));
                }
                for (int t = 1; t < trials; t++) {
                    if (potentials[t] < potentials[bestTrial]) {
                        bestTrial = t;
                    }
                }
                centers[m] = cand[bestTrial];
                // the engine lowers D_i with the chosen centre and sums it per chunk: the best candidate's potentials
                chunkSums = column(pass, bestTrial);
                lastPositive = lastPositive(pass, bestTrial);
                if (m + 1 < k) {
                    state = lower(state, centers[m], states);
                }
                int done = m + 1;
                monitor.setProgress((double) done / k, () -> "k-means++ centre " + done + "/" + k);
            }
            return centers;
        } finally {
            for (JavaRDD<SeedBlock> s : states) {
                s.unpersist(false);
            }
        }
    }

    /** The state with D_i lowered by {@code centre} (computed with the next job), kept until the seeding ends. */
    private static JavaRDD<SeedBlock> lower(JavaRDD<SeedBlock> state, double[] centre, List<JavaRDD<SeedBlock>> all) {
        JavaRDD<SeedBlock> next = state.map(s -> s.lower(centre)).persist(StorageLevel.MEMORY_ONLY());
        all.add(next);
        return next;
    }

    private static SeedPartial[] seedPass(JavaRDD<SeedBlock> state, BlockLayout layout, double[][] trials) {
        List<SeedPartial> parts = state.flatMap(s -> SeedPartial.of(s, trials).iterator()).collect();
        SeedPartial[] byChunk = new SeedPartial[layout.chunks()];
        for (SeedPartial p : parts) {
            byChunk[p.chunk] = p;
        }
        return byChunk;
    }

    private static double[] column(SeedPartial[] chunks, int t) {
        double[] v = new double[chunks.length];
        for (int c = 0; c < v.length; c++) {
            v[c] = chunks[c].potentials[t];
        }
        return v;
    }

    private static int[] lastPositive(SeedPartial[] chunks, int t) {
        int[] v = new int[chunks.length];
        for (int c = 0; c < v.length; c++) {
            v[c] = chunks[c].lastPositive[t];
        }
        return v;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    /** For each target, the chunk at which the sampling rule starts to scan rows (−1: past the total). */
    private static Set<Integer> firstChunks(double[] chunkSums, double[] targets) {
        Set<Integer> out = new HashSet<>();
        for (double target : targets) {
            double cum = 0;
            for (int c = 0; c < chunkSums.length; c++) {
                if (cum + chunkSums[c] <= target) {
                    cum += chunkSums[c];
                    continue;
                }
                out.add(c);
                break;
            }
        }
        return out;
    }

    /**
     * The engine's k-means++ sampling rule ({@code KMeansPlusPlus.sample}) over chunk summaries: the first row whose
     * cumulative weight exceeds {@code target}, skipping whole chunks by their sums and scanning rows only in the
     * chunk where the target falls (its weights fetched from the executors); falls back to the last row of positive
     * weight when rounding puts the target past the total.
     */
    static int sample(ChunkWeights weights, double[] chunkSums, int[] lastPositiveOfChunk, int rows, double target) {
        double cum = 0;
        int lastPositive = -1;
        for (int c = 0; c < chunkSums.length; c++) {
            int r0 = c * NearestCentroid.CHUNK_ROWS;
            int r1 = Math.min(rows, r0 + NearestCentroid.CHUNK_ROWS);
            if (cum + chunkSums[c] <= target) {
                cum += chunkSums[c];
                if (chunkSums[c] > 0 && lastPositiveOfChunk[c] >= 0) {
                    lastPositive = lastPositiveOfChunk[c];
                }
                continue;
            }
            double[] w = weights.of(c);
            for (int i = r0; i < r1; i++) {
                if (w[i - r0] > 0) {
                    lastPositive = i;
                    cum += w[i - r0];
                    if (cum > target) {
                        return i;
                    }
                }
            }
        }
        if (lastPositive < 0) {
            throw new IllegalStateException("all pixels coincide with the chosen centres");
        }
        return lastPositive;
    }

    /** The D_i of chunks' rows, fetched from the executors on demand (and cached for one k-means++ step). */
    static final class ChunkWeights {
        private final JavaRDD<SeedBlock> state;
        private final Map<Integer, double[]> cache = new HashMap<>();

        ChunkWeights(JavaRDD<SeedBlock> state) {
            this.state = state;
        }

        void prefetch(Set<Integer> chunks) {
            Set<Integer> missing = new HashSet<>(chunks);
            missing.removeAll(cache.keySet());
            if (missing.isEmpty()) {
                return;
            }
            List<Tuple2<Integer, double[]>> got = state.flatMap(s -> {
                List<Tuple2<Integer, double[]>> out = new ArrayList<>();
                PixelBlock b = s.block;
                for (int r0 = 0; r0 < b.rows(); r0 += NearestCentroid.CHUNK_ROWS) {
                    int chunk = (b.firstRow() + r0) / NearestCentroid.CHUNK_ROWS;
                    if (missing.contains(chunk)) {
                        int r1 = Math.min(b.rows(), r0 + NearestCentroid.CHUNK_ROWS);
                        out.add(new Tuple2<>(chunk, java.util.Arrays.copyOfRange(s.closest, r0, r1)));
                    }
                }
                return out.iterator();
            }).collect();
            for (Tuple2<Integer, double[]> e : got) {
                cache.put(e._1(), e._2());
            }
        }

        double[] of(int chunk) {
            if (!cache.containsKey(chunk)) {
                prefetch(Set.of(chunk));
            }
            return cache.get(chunk);
        }
    }

    /** The pixels at the given dataset rows, as doubles, in the order asked (a row may be asked twice). */
    static List<double[]> rows(JavaRDD<PixelBlock> blocks, int[] rows) {
        Set<Integer> wanted = new HashSet<>();
        for (int r : rows) {
            wanted.add(r);
        }
        List<Tuple2<Integer, double[]>> got = blocks
                .filter(b -> wanted.stream().anyMatch(r -> r >= b.firstRow() && r < b.firstRow() + b.rows()))
                .flatMap(b -> {
                    List<Tuple2<Integer, double[]>> out = new ArrayList<>();
                    SpectralMatrix m = b.matrix();
                    for (int r : wanted) {
                        if (r >= b.firstRow() && r < b.firstRow() + b.rows()) {
                            double[] v = new double[b.cols()];
                            m.getRow(r - b.firstRow(), v);
                            out.add(new Tuple2<>(r, v));
                        }
                    }
                    return out.iterator();
                }).collect();
        Map<Integer, double[]> byRow = new HashMap<>();
        for (Tuple2<Integer, double[]> e : got) {
            byRow.put(e._1(), e._2());
        }
        List<double[]> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(byRow.get(r).clone());
        }
        return out;
    }

    /** Lloyd iterations as {@code KMeansFitter.lloyd}, one distributed assignment pass per iteration. */
    private KMeansModel lloyd(JavaRDD<KMeansBlockState> initial, BlockLayout layout, double[][] initialCentroids,
            double tolAbs, int run, ProgressMonitor monitor) throws CanceledException {
        int n = layout.rows();
        int k = initialCentroids.length;
        int d = initialCentroids[0].length;
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = initialCentroids[c].clone();
        }
        double[] trace = new double[options.maxIter() + 1];
        List<Broadcast<?>> broadcasts = new ArrayList<>();
        JavaRDD<KMeansBlockState> state = initial;
        Map<Integer, Integer> relocatedRows = new HashMap<>();
        int relocated = 0;
        int iter = 0;
        boolean converged = false;
        try {
            while (iter < options.maxIter()) {
                monitor.checkCanceled();
                long started = System.nanoTime();
                iter++;
                describe("k-means start " + (run + 1) + "/" + options.nInit() + " · iteration " + iter);
                JavaRDD<KMeansBlockState> next = pass(state, centroids, relocatedRows, broadcasts);
                List<KMeansBlockState.ChunkPartial> parts = partials(next, layout);
                release(state, initial);
                state = next;
                relocatedRows = new HashMap<>();
                double[] sums = new double[k * d];
                long[] counts = new long[k];
                double[] normSums = new double[k];
                boolean sameLabels = reduce(parts, sums, counts, normSums);
                double inertia = KMeansFitter.expandedInertia(centroids, sums, counts, normSums);
                trace[iter - 1] = inertia;
                if (hasEmptyCluster(counts)) {
                    describe("k-means start " + (run + 1) + " · iteration " + iter + ": re-seeding empty clusters");
                    Relocation r = relocate(state, layout, d, sums, counts);
                    relocated += r.count;
                    relocatedRows = r.rows;
                    sameLabels = r.sameLabels;
                }
                double shift = 0;
                for (int c = 0; c < k; c++) {
                    if (counts[c] == 0) {
                        continue;
                    }
                    for (int j = 0; j < d; j++) {
                        double v = sums[c * d + j] / counts[c];
                        double diff = v - centroids[c][j];
                        shift += diff * diff;
                        centroids[c][j] = v;
                    }
                }
                int it = iter;
                double seconds = (System.nanoTime() - started) * 1e-9;
                monitor.setProgress((double) iter / options.maxIter(), () -> String.format(java.util.Locale.ROOT,
                        "Start %d/%d · iteration %d/%d · inertia %s · %.3f s", run + 1, options.nInit(), it,
                        options.maxIter(), inertia, seconds));
                if (sameLabels || shift <= tolAbs) {
                    converged = true;
                    break;
                }
            }
            describe("k-means start " + (run + 1) + ": final assignment");
            JavaRDD<KMeansBlockState> last = pass(state, centroids, relocatedRows, broadcasts);
            List<KMeansBlockState.ChunkPartial> parts = partials(last, layout);
            double inertia = 0;
            for (KMeansBlockState.ChunkPartial p : parts) {
                inertia += p.inertia;
            }
            trace[iter] = inertia;
            int[] labels = labels(last, n);
            last.unpersist(false);
            return new KMeansModel(centroids, labels, inertia, iter, converged, Arrays.copyOf(trace, iter + 1),
                    relocated);
        } finally {
            release(state, initial);
            for (Broadcast<?> b : broadcasts) {
                b.destroy();
            }
        }
    }

    private JavaRDD<KMeansBlockState> pass(JavaRDD<KMeansBlockState> state, double[][] centroids,
            Map<Integer, Integer> relocatedRows, List<Broadcast<?>> broadcasts) {
        double[][] copy = new double[centroids.length][];
        for (int c = 0; c < copy.length; c++) {
            copy[c] = centroids[c].clone();
        }
        Broadcast<double[][]> bc = sc.broadcast(copy);
        Broadcast<Map<Integer, Integer>> moved = sc.broadcast(new HashMap<>(relocatedRows));
        broadcasts.add(bc);
        broadcasts.add(moved);
        return state.map(s -> s.assign(bc.value(), moved.value())).persist(StorageLevel.MEMORY_ONLY());
    }

    private static void release(JavaRDD<KMeansBlockState> state, JavaRDD<KMeansBlockState> initial) {
        if (state != initial) {
            state.unpersist(false);
        }
    }

    private static List<KMeansBlockState.ChunkPartial> partials(JavaRDD<KMeansBlockState> state, BlockLayout layout) {
        List<KMeansBlockState.ChunkPartial> parts = new ArrayList<>(
                state.flatMap(s -> Arrays.asList(s.partials).iterator()).collect());
        parts.sort(Comparator.comparingInt(p -> p.chunk));
        if (parts.size() != layout.chunks()) {
            throw new IllegalStateException("expected " + layout.chunks() + " chunk partials, got " + parts.size());
        }
        return parts;
    }

    /** Adds the partials in chunk order, as {@code KMeansFitter.reduce}; returns whether no label changed. */
    private static boolean reduce(List<KMeansBlockState.ChunkPartial> parts, double[] sums, long[] counts,
            double[] normSums) {
        boolean same = true;
        for (KMeansBlockState.ChunkPartial p : parts) {
            for (int j = 0; j < sums.length; j++) {
                sums[j] += p.sums[j];
            }
            for (int l = 0; l < counts.length; l++) {
                counts[l] += p.counts[l];
                normSums[l] += p.normSums[l];
            }
            same &= !p.changed;
        }
        return same;
    }

    private static boolean hasEmptyCluster(long[] counts) {
        for (long c : counts) {
            if (c == 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] labels(JavaRDD<KMeansBlockState> state, int n) {
        int[] labels = new int[n];
        for (Tuple2<Integer, int[]> e : state.map(s -> new Tuple2<>(s.block.firstRow(), s.labels)).collect()) {
            System.arraycopy(e._2(), 0, labels, e._1(), e._2().length);
        }
        return labels;
    }

    private static final class Relocation {
        int count;
        Map<Integer, Integer> rows = new HashMap<>();
        boolean sameLabels;
    }

    /**
     * The engine's empty-cluster rule on the driver: collects every row's label, previous label and distance (the
     * rare path; N ints and doubles), applies {@link KMeansFitter#relocateEmptyClusters} and returns the rows it
     * moved, which the next pass treats as their previous labels.
     */
    private Relocation relocate(JavaRDD<KMeansBlockState> state, BlockLayout layout, int d, double[] sums,
            long[] counts) {
        int n = layout.rows();
        int[] labels = new int[n];
        double[] dist = new double[n];
        int[] previous = new int[n];
        boolean first = false;
        for (KMeansBlockState s : state.collect()) {
            System.arraycopy(s.labels, 0, labels, s.block.firstRow(), s.labels.length);
            System.arraycopy(s.dist, 0, dist, s.block.firstRow(), s.dist.length);
            if (s.previous == null) {
                first = true;
            } else {
                System.arraycopy(s.previous, 0, previous, s.block.firstRow(), s.previous.length);
            }
        }
        JavaRDD<PixelBlock> blocks = state.map(s -> s.block);
        Relocation r = new Relocation();
        r.count = KMeansFitter.relocateEmptyClusters(d, row -> {
            double[] v = rows(blocks, new int[] { row }).get(0);
            float[] f = new float[v.length];
            for (int j = 0; j < v.length; j++) {
                f[j] = (float) v[j]; // exact: the values are float32 pixels
            }
            return f;
        }, labels, dist, sums, counts, row -> r.rows.put(row, labels[row]));
        // the engine compares the labels after re-seeding with those of the previous iteration (-1 before the first)
        r.sameLabels = !first && Arrays.equals(labels, previous);
        return r;
    }

}
