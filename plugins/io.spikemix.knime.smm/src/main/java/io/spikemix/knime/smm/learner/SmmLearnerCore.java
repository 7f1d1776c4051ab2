package io.spikemix.knime.smm.learner;

import static io.spikemix.knime.smm.learner.SmmLearnerSettings.COLUMNS;
import static io.spikemix.knime.smm.learner.SmmLearnerSettings.K;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.smm.SpikedMixtureOptions;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;
import io.spikemix.knime.smm.port.SmmModelContent;
import io.spikemix.knime.smm.port.SmmSpecContent;

/**
 * The SMM Learner without KNIME: fits the engine's {@link SpikedMixtureFitter} to the spectral columns and makes
 * the spikes table (in fitted or raw units), the cluster columns appended to the pixels (with the responsibilities
 * from one batched pass when asked), the model (carrying the upstream normalization when connected) and the
 * log-likelihood trace.
 */
public final class SmmLearnerCore {

    static final String ITERATION = "iteration";
    static final String LOGLIK = "loglik";

    private SmmLearnerCore() {
    }

    /** What configure announces. */
    public record Shapes(List<ColumnDef> spikes, List<ColumnDef> appended, SmmSpecContent model,
            List<ColumnDef> trace) {
    }

    /** What execute produces; {@code warning} is null when there is nothing to warn about. */
    public record Result(NewTable spikes, Appended pixels, SmmModelContent model, NewTable trace,
            SpikedMixtureModel fitted, String warning) {
    }

    /**
     * @param spikeUnits the Spike units setting
     * @param connected  the spec of the normalization model connected to the optional port, or null
     */
    public static Shapes configure(SpectralColumns cols, int k, boolean withResponsibilities, String spikeUnits,
            NormalizationSpecContent connected) throws CoreInputException {
        return configure(cols, k, withResponsibilities, spikeUnits, connected, false);
    }

    /**
     * @param spatial whether the spatial strength is above 0 (spatial EM, docs/method.md §8), which needs the x, y
     *                columns
     */
    public static Shapes configure(SpectralColumns cols, int k, boolean withResponsibilities, String spikeUnits,
            NormalizationSpecContent connected, boolean spatial) throws CoreInputException {
        requireTwoColumns(cols);
        requireGridIfSpatial(spatial, cols);
        NormalizationSpecContent upstream = upstream(spikeUnits, connected, cols);
        return new Shapes(SpikeRows.columns(cols, Map.of()), ClusterColumns.defs(k, withResponsibilities),
                new SmmSpecContent(SmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), k), upstream),
                traceColumns());
    }

    /** Execute without a grid: the options' spatial strength must be 0. */
    public static Result execute(PixelData pixels, SpikedMixtureOptions options, boolean withResponsibilities,
            String spikeUnits, NormalizationModelContent normalization, int threads, ProgressMonitor monitor)
            throws CoreInputException, CanceledException {
        return execute(pixels, null, options, withResponsibilities, spikeUnits, normalization, threads, monitor);
    }

    /**
     * @param grid          the pixels' neighbours for spatial EM (the options' spatial strength above 0), or null
     * @param normalization the normalization model connected to the optional port, or null
     */
    public static Result execute(PixelData pixels, SpatialGrid grid, SpikedMixtureOptions options,
            boolean withResponsibilities, String spikeUnits, NormalizationModelContent normalization, int threads,
            ProgressMonitor monitor) throws CoreInputException, CanceledException {
        SpectralColumns cols = pixels.columns();
        requireTwoColumns(cols);
        requireGridIfSpatial(options.spatial().active(), cols);
        if (options.spatial().active() && grid == null) {
            throw new IllegalArgumentException("spatial EM needs the pixels' grid");
        }
        // the same checks as configure, before the fit rather than after it
        upstream(spikeUnits, normalization == null ? null : normalization.spec(), cols);
        SpectralMatrix data = pixels.training(options.k(), "spikes", K.label());
        SpikedMixtureModel model;
        try {
            SpikedMixtureFitter fitter = new SpikedMixtureFitter(options);
            model = grid == null ? fitter.fit(data, monitor.subRange(0, 0.9))
                    : fitter.fit(data, grid, monitor.subRange(0, 0.9));
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        SmmModelContent fitted = SmmModelContent.fitted(
                SmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), model.k()), model);
        if (normalization != null) {
            fitted = fitted.withNormalization(normalization);
        }
        NewTable spikes = SmmLearnerSettings.spikeRows(fitted, spikeUnits).table(SpikeRows.columns(cols, Map.of()));
        int[] labels = model.labels();
        int k = model.k();
        // one batched, multi-threaded pass over the fitted pixels instead of one scoring call per row; a spatial fit's
        // responsibilities depend on the neighbours: the fit's own
        double[] resp = !withResponsibilities ? null : model.fittedResponsibilities() != null
                ? model.fittedResponsibilities() : model.responsibilities(data, threads, monitor.subRange(0.9, 1));
        Appended appended = new Appended(ClusterColumns.defs(k, withResponsibilities), labels.length,
                row -> ClusterColumns.values(labels[row],
                        resp == null ? null : Arrays.copyOfRange(resp, row * k, (row + 1) * k)));
        double[] trace = model.logLikelihoodTrace();
        NewTable traceTable = new NewTable(traceColumns());
        for (int t = 0; t < trace.length; t++) {
            traceTable.add("Iteration " + t, t, trace[t]);
        }
        return new Result(spikes, appended, fitted, traceTable, model, warning(model, options));
    }

    /** {@code iteration}, {@code loglik}. */
    static List<ColumnDef> traceColumns() {
        return List.of(ColumnDef.of(ITERATION, CellKind.INT), ColumnDef.of(LOGLIK, CellKind.DOUBLE));
    }

    private static void requireTwoColumns(SpectralColumns cols) throws CoreInputException {
        if (cols.count() < 2) {
            throw new CoreInputException("The spiked mixture model needs at least two spectral columns; '"
                    + COLUMNS.label() + "' selects " + cols.count() + ".");
        }
    }

    /** A spatial strength above 0 needs the x, y columns: refused in configure, before any work. */
    private static void requireGridIfSpatial(boolean spatial, SpectralColumns cols) throws CoreInputException {
        if (spatial && !cols.hasCoordinates()) {
            throw new CoreInputException("The '" + SmmLearnerSettings.SPATIAL_BETA.label() + "' setting is above 0, "
                    + "which needs the pixels' image grid, but the table has no 'x' and 'y' integer columns. Set it "
                    + "to 0 or add the coordinates.");
        }
    }

    private static NormalizationSpecContent upstream(String spikeUnits, NormalizationSpecContent connected,
            SpectralColumns cols) throws CoreInputException {
        try {
            return SmmLearnerSettings.upstreamNormalization(spikeUnits, connected, cols.names()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
    }

    private static String warning(SpikedMixtureModel model, SpikedMixtureOptions options) {
        StringBuilder w = new StringBuilder();
        if (!model.converged()) {
            w.append("The EM run did not converge within ").append(model.iterations())
                    .append(" iterations (tolerance ").append(options.schedule().tol())
                    .append("); raise the further iterations or the tolerance. ");
        }
        int inactive = model.k() - model.activeSet().length;
        if (inactive > 0) {
            w.append(inactive).append(" of the ").append(model.k())
                    .append(" spikes are zero (outside the active set): the data support fewer spikes. ");
        }
        return w.length() == 0 ? null : w.toString().trim();
    }
}
