package io.spikemix.knime.kmeans.segmenter;

import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.K;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.MAX_ITER;
import static io.spikemix.knime.kmeans.segmenter.KMeansSegmenterSettings.TOL;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.kmeans.KMeansOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.ResultTables;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.base.table.TableConventions;

/**
 * The k-Means Segmenter without KNIME: clusters the spectra with the engine's {@link KMeansFitter}, appends
 * {@code cluster} to the pixel table and makes the centroid table ({@code cluster}, {@code pixels}, one column per
 * spectral column carrying its band properties). Public so that the testflows' expected tables are computed by the
 * same code the node runs.
 */
public final class KMeansSegmenterCore {

    static final String PIXELS = ResultTables.CLUSTER_SIZE;

    private KMeansSegmenterCore() {
    }

    /** What configure announces: the appended columns and the centroid table's columns. */
    public record Shapes(List<ColumnDef> appended, List<ColumnDef> centroids) {
    }

    /** What execute produces. */
    public record Result(Appended pixels, NewTable centroids, double inertia, int iterations, String warning) {
    }

    public static Shapes configure(SpectralColumns cols, KMeansOptions options) throws CoreInputException {
        return new Shapes(ClusterColumns.defs(options.k(), false), centroidColumns(cols));
    }

    public static Result execute(PixelData pixels, KMeansOptions options, ProgressMonitor monitor)
            throws CoreInputException, CanceledException {
        List<ColumnDef> centroidColumns = centroidColumns(pixels.columns());
        SpectralMatrix data = pixels.training(options.k(), "clusters", K.label());
        KMeansModel model = new KMeansFitter(options).fit(data, monitor);
        String warning = model.converged() ? null : "k-means did not converge within " + model.iterations()
                + " iterations; raise '" + MAX_ITER.label() + "' or '" + TOL.label() + "'.";
        int[] labels = model.labels();
        Appended appended = new Appended(ClusterColumns.defs(model.k(), false), labels.length,
                row -> ClusterColumns.values(labels[row], null));
        int[] sizes = KMeansSegmenterSettings.clusterSizes(labels, model.k());
        double[][] centroids = model.centroids();
        NewTable table = new NewTable(centroidColumns);
        for (int c = 0; c < centroids.length; c++) {
            Object[] row = new Object[centroids[c].length + 2];
            row[0] = c + 1;
            row[1] = sizes[c];
            for (int f = 0; f < centroids[c].length; f++) {
                row[f + 2] = centroids[c][f];
            }
            table.add("Cluster " + (c + 1), row);
        }
        return new Result(appended, table, model.inertia(), model.iterations(), warning);
    }

    /** {@code cluster}, {@code pixels}, then the spectral columns with the input's names and properties. */
    static List<ColumnDef> centroidColumns(SpectralColumns cols) throws CoreInputException {
        List<ColumnDef> out = new ArrayList<>();
        out.add(ColumnDef.of(TableConventions.CLUSTER, CellKind.INT));
        out.add(ColumnDef.of(PIXELS, CellKind.INT));
        for (int f = 0; f < cols.count(); f++) {
            String name = cols.names().get(f);
            if (name.equals(TableConventions.CLUSTER) || name.equals(PIXELS)) {
                throw new CoreInputException("The spectral column '" + name + "' has the name of a column of the "
                        + "centroids table; rename it.");
            }
            out.add(new ColumnDef(name, CellKind.DOUBLE, cols.index(f)));
        }
        return out;
    }
}
