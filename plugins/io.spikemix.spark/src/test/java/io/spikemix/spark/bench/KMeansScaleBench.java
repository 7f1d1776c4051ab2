package io.spikemix.spark.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.NpyReader;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.spark.BlockLayout;
import io.spikemix.spark.DistributedKMeans;
import io.spikemix.spark.NpyDataset;
import io.spikemix.spark.PixelBlock;

/**
 * Seconds per Lloyd iteration of the engine's k-means and of the distributed one on the same .npy and seed, for
 * docs/scale-out.md (not a test). Usage (class path: the application jar, Spark's jars, the test classes):
 * {@code java ... KMeansScaleBench FILE.npy K ITERATIONS engine|local[1]|local[2] [PARTITIONS] [THREADS]}. Prints
 * every iteration's wall time (between two iteration reports of the fit's progress), and the median; no
 * normalization, tol 0.
 */
public final class KMeansScaleBench {

    private KMeansScaleBench() {
    }

    /** Records the wall time between consecutive "iteration" progress messages. */
    static final class IterationClock implements ProgressMonitor {
        final List<Double> seconds = new ArrayList<>();
        private long last = -1;
        private String lastMessage = "";

        void start() {
            last = System.nanoTime();
        }

        @Override
        public void checkCanceled() {
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            String m = message.get();
            if (m != null && m.contains("iteration") && !m.equals(lastMessage)) {
                long now = System.nanoTime();
                if (last >= 0) {
                    seconds.add((now - last) * 1e-9);
                }
                last = now;
                lastMessage = m;
            } else if (m != null && m.contains("k-means++ centre")) {
                last = System.nanoTime(); // iteration 1 starts after the last centre
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int k = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        String where = args[3];
        int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        KMeansOptions o = KMeansOptions.builder().k(k).seed(0).maxIter(iterations).tol(0).threads(threads).build();
        IterationClock clock = new IterationClock();
        KMeansModel m;
        long t0 = System.nanoTime();
        if (where.equals("engine")) {
            SpectralMatrix data = NpyReader.read(file).spectra();
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "read %.1f s%n", (t1 - t0) * 1e-9);
            clock.start();
            m = new KMeansFitter(o).fit(data, clock);
        } else {
            JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster(where).setAppName("bench")
                    .set("spark.ui.enabled", "false"));
            sc.setLogLevel("WARN");
            NpyDataset ds = NpyDataset.open(file.toString(), sc.hadoopConfiguration());
            BlockLayout layout = new BlockLayout(ds.pixels(), partitions);
            JavaRDD<PixelBlock> blocks = ds.blocks(sc, layout).persist(StorageLevel.MEMORY_ONLY());
            blocks.count();
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "read %.1f s%n", (t1 - t0) * 1e-9);
            clock.start();
            m = new DistributedKMeans(sc, o).fit(blocks, layout, clock);
            sc.stop();
        }
        double total = (System.nanoTime() - t0) * 1e-9;
        List<Double> s = new ArrayList<>(clock.seconds);
        for (int i = 0; i < s.size(); i++) {
            System.out.printf(Locale.ROOT, "iteration %d: %.3f s%n", i + 1, s.get(i));
        }
        List<Double> sorted = new ArrayList<>(s);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "%s: N = %d, K = %d, iterations %d, median %.3f s per iteration, total %.1f s,"
                + " inertia %s%n", where, m.labels().length, k, m.iterations(),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2), total, m.inertia());
    }
}
