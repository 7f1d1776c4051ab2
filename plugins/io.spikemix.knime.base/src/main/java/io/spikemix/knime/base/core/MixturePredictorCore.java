package io.spikemix.knime.base.core;

import java.util.List;
import java.util.function.IntFunction;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.InvalidColumnsException;
import io.spikemix.knime.base.table.SpectralColumnSelection;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * The SMM and GMM Predictors without KNIME: finds the model's spectral columns in the table (refusing a table that
 * lacks any, naming them), scores every row with the fitted model and appends {@code cluster} and, when asked,
 * {@code p(1)}…{@code p(K)} and {@code confidence}.
 */
public final class MixturePredictorCore {

    private MixturePredictorCore() {
    }

    /** Labels and, when asked, responsibilities of every row of some data under a fitted model. */
    public record Scores(int k, int[] labels, IntFunction<double[]> responsibilities) {
    }

    /** How a fitted model scores data (one batched pass; labels are the argmax of its responsibilities). */
    @FunctionalInterface
    public interface Scorer {
        Scores score(SpectralMatrix data, boolean withResponsibilities, ProgressMonitor monitor)
                throws CanceledException;
    }

    /**
     * The model's spectral columns in a table.
     *
     * @param what the model as named in messages, e.g. "the spiked mixture model"
     */
    public static SpectralColumns columns(MixtureSpecContent model, List<ColumnInfo> table, String what)
            throws CoreInputException {
        FeatureSpace features = model.features();
        try {
            return SpectralColumnSelection.require(table, features.columns(), features.axis(), what);
        } catch (InvalidColumnsException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
    }

    /** The columns execute appends, checking that the table holds the model's spectral columns. */
    public static List<ColumnDef> configure(MixtureSpecContent model, List<ColumnInfo> table,
            boolean withResponsibilities, String what) throws CoreInputException {
        columns(model, table, what);
        return ClusterColumns.defs(model.k(), withResponsibilities);
    }

    /** Scores every row of {@code pixels}, refusing a missing or non-finite cell first. */
    public static Appended execute(PixelData pixels, Scorer scorer, boolean withResponsibilities,
            ProgressMonitor monitor) throws CoreInputException, CanceledException {
        SpectralMatrix data = pixels.finite();
        Scores s = scorer.score(data, withResponsibilities, monitor);
        int[] labels = s.labels();
        return new Appended(ClusterColumns.defs(s.k(), withResponsibilities), labels.length,
                row -> ClusterColumns.values(labels[row], withResponsibilities ? s.responsibilities().apply(row) : null));
    }
}
