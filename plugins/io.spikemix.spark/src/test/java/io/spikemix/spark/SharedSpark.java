package io.spikemix.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one local Spark context all test classes share (Spark allows one per JVM, and starting it costs seconds):
 * {@code local[2]}, the UI off, stopped when the test JVM exits. The application's commands find it as the active
 * context and leave it running ({@link SpikeMixSpark#execute} with stopContext false).
 */
final class SharedSpark {

    private static JavaSparkContext context;

    private SharedSpark() {
    }

    static synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("spikemix-spark-tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.sql.shuffle.partitions", "2");
            context = new JavaSparkContext(conf);
            context.setLogLevel("WARN");
            JavaSparkContext sc = context;
            Runtime.getRuntime().addShutdownHook(new Thread(sc::stop));
        }
        return context;
    }
}
