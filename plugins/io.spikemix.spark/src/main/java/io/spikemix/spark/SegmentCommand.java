package io.spikemix.spark;

import java.util.concurrent.Callable;

import io.spikemix.engine.kmeans.KMeansModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code segment}: reads a cube, normalizes it (min-max by default, as {@code spikemix segment}), fits and writes an
 * output folder like the CLI's: result-&lt;method&gt;.json, labels-&lt;method&gt;.npy, label-maps.png, report.html.
 */
@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Segment a cube on Spark and write a report folder (all or nothing).")
final class SegmentCommand implements Callable<Integer> {

    @Mixin
    FitOptions fit;

    @Option(names = "--methods", defaultValue = "kmeans", paramLabel = "kmeans",
            description = "Method to fit (this version: kmeans).")
    String methods;

    @Option(names = "--normalize", defaultValue = "minmax", paramLabel = "minmax|none",
            description = "Normalize the spectra before fitting (default: ${DEFAULT-VALUE}, as spikemix segment).")
    String normalize;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist).")
    String out;

    @Mixin
    SparkOptions spark;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Method.parse(methods);
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
                java.util.List<String> pictures = ResultFiles.writeLabelMaps(dir.local(), m, data);
                ResultFiles.writeReport(dir.local().resolve("report.html"), m, data, pictures, layout.partitions(),
                        seconds);
                dir.commit();
                spec.commandLine().getOut().println("Wrote " + dir.target() + "/report.html");
            }
        }
        return SpikeMixSpark.OK;
    }
}
