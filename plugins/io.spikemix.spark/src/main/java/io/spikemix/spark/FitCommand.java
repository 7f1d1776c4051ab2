package io.spikemix.spark;

import java.util.concurrent.Callable;

import io.spikemix.engine.kmeans.KMeansModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fit}: as {@code spikemix fit}, no normalization by default; writes an output folder holding
 * result-&lt;method&gt;.json and labels-&lt;method&gt;.npy (a folder, not one file, so that a failed run leaves nothing).
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fit a method on Spark and write result-<method>.json and labels-<method>.npy into a new folder.")
final class FitCommand implements Callable<Integer> {

    @Mixin
    FitOptions fit;

    @Option(names = "--method", required = true, paramLabel = "kmeans", description = "The method to fit (this version: kmeans).")
    String method;

    @Option(names = "--normalize", defaultValue = "none", paramLabel = "none|minmax",
            description = "Normalize the spectra before fitting (default: ${DEFAULT-VALUE}, as spikemix fit).")
    String normalize;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist).")
    String out;

    @Mixin
    SparkOptions spark;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Method.parse(method);
        boolean minmax = Normalize.parse(normalize);
        try (SparkRun run = SparkRun.start(spark.master)) {
            CubeDataset data = run.open(fit);
            BlockLayout layout = run.layout(data, spark.partitions);
            try (OutputDirectory dir = OutputDirectory.open(out, run.context().hadoopConfiguration())) {
                long start = System.nanoTime();
                SparkRun.Prepared p = run.prepare(data, layout, minmax);
                KMeansModel m = run.kmeans(fit, p, layout, SparkRun.driverLog(spec.commandLine().getErr()));
                double seconds = (System.nanoTime() - start) * 1e-9;
                p.blocks().unpersist(false);
                ResultFiles.writeJson(dir.local().resolve("result-kmeans.json"),
                        ResultFiles.kmeansJson(m, data, p.normalization(), fit.seed, layout.partitions(), seconds));
                ResultFiles.writeLabels(dir.local(), "kmeans", m, data);
                dir.commit();
                spec.commandLine().getOut().println("Wrote " + dir.target() + "/result-kmeans.json");
            }
        }
        return SpikeMixSpark.OK;
    }
}
