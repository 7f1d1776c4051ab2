package io.spikemix.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * One run of the application on the driver: the Spark context, the checks that must pass before any job (readable
 * input, K ≤ N, a new output folder, a supported method), the distributed read and normalization, and the fit.
 */
final class SparkRun implements AutoCloseable {

    /** A context to use instead of starting one (tests share one); null in the application. */
    private static volatile JavaSparkContext shared;

    private final JavaSparkContext sc;
    private final boolean created;

    private SparkRun(JavaSparkContext sc, boolean created) {
        this.sc = sc;
        this.created = created;
    }

    static void useContext(JavaSparkContext context) {
        shared = context;
    }

    /** The shared context (tests) or a new one with {@code master} (else spark-submit's, else local[*]). */
    static SparkRun start(String master) {
        JavaSparkContext given = shared;
        if (given != null) {
            return new SparkRun(given, false);
        }
        SparkConf conf = new SparkConf().setAppName("SpikeMix")
                // every pass collects its partial sums per 1024-pixel chunk (K·d doubles each) to add them in the
                // engine's order: 45 MB at 572,832 pixels, 7.9 GB at 10^8 (docs/scale-out.md), past Spark's 1 GB
                // default; a value given to spark-submit is kept
                .setIfMissing("spark.driver.maxResultSize", "0");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        JavaSparkContext sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        return new SparkRun(sc, true);
    }

    JavaSparkContext context() {
        return sc;
    }

    /** The input, checked on the driver: header, K ≤ N. */
    CubeDataset open(FitOptions o) throws SparkInputException {
        for (String in : o.input) {
            if (!in.toLowerCase(Locale.ROOT).endsWith(".npy")) {
                throw new SparkInputException(in, "--input", "expected a .npy file; the Spark application reads .npy "
                        + "cubes (convert other formats with 'spikemix convert')");
            }
        }
        CubeDataset data = CubeDataset.open(o.input, sc.hadoopConfiguration());
        if (o.k < 1) {
            throw new SparkInputException("--k: must be at least 1, got " + o.k);
        }
        if (o.k > data.pixels()) {
            throw new SparkInputException(data.describe(), "--k", "K = " + o.k + " exceeds the number of pixels N = "
                    + data.pixels() + "; reduce --k");
        }
        return data;
    }

    BlockLayout layout(CubeDataset data, Integer partitions) throws SparkInputException {
        if (partitions != null && partitions < 1) {
            throw new SparkInputException("--partitions: must be at least 1, got " + partitions);
        }
        return new BlockLayout(data.pixels(), partitions == null ? sc.defaultParallelism() : partitions);
    }

    /** The pixels read and, for "minmax", normalized; cached. */
    Prepared prepare(CubeDataset data, BlockLayout layout, boolean minmax) {
        sc.setJobDescription("reading " + data.describe());
        JavaRDD<PixelBlock> raw = data.blocks(sc, layout).persist(StorageLevel.MEMORY_ONLY());
        if (!minmax) {
            return new Prepared(raw, null);
        }
        sc.setJobDescription("min-max normalization");
        NormalizationModel model = MinMaxNormalization.fit(raw);
        JavaRDD<PixelBlock> normalized = MinMaxNormalization.apply(raw, model).persist(StorageLevel.MEMORY_ONLY());
        normalized.count();
        raw.unpersist(false);
        return new Prepared(normalized, model);
    }

    record Prepared(JavaRDD<PixelBlock> blocks, NormalizationModel normalization) {
    }

    KMeansModel kmeans(FitOptions o, Prepared p, BlockLayout layout, ProgressMonitor monitor)
            throws CanceledException {
        KMeansOptions.Builder b = KMeansOptions.builder().k(o.k).seed(o.seed);
        if (o.maxIter != null) {
            b.maxIter(o.maxIter);
        }
        if (o.tol != null) {
            b.tol(o.tol);
        }
        return new DistributedKMeans(sc, b.build()).fit(p.blocks(), layout, monitor);
    }

    /** Progress on the driver log (stderr), at most one line a second and every message change of stage. */
    static ProgressMonitor driverLog(PrintWriter err) {
        return new ProgressMonitor() {
            private long last;

            @Override
            public void checkCanceled() {
            }

            @Override
            public void setProgress(double fraction, Supplier<String> message) {
                long now = System.nanoTime();
                if (now - last > 1_000_000_000L || fraction >= 1) {
                    last = now;
                    err.printf(Locale.ROOT, "spikemix-spark: %3.0f%% %s%n", 100 * fraction, message.get());
                    err.flush();
                }
            }
        };
    }

    @Override
    public void close() {
        if (created) {
            sc.stop();
        }
    }
}
