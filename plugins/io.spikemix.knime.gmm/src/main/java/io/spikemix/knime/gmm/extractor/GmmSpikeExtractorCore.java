package io.spikemix.knime.gmm.extractor;

import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.BUDGET;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.COLUMNS;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.GAP_COLUMN;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.K;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.MAX_ITER;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.REG_COVAR;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.SIGMA2_COLUMN;
import static io.spikemix.knime.gmm.extractor.GmmSpikeExtractorSettings.TOL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.spikemix.engine.cost.CostModel;
import io.spikemix.engine.cost.FitCost;
import io.spikemix.engine.data.RowSample;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.spatial.SpatialGrid;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.core.Appended;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.knime.base.table.ClusterColumns;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.gmm.port.GmmModelContent;

/**
 * The GMM Spike Extractor without KNIME: fits a full-covariance Gaussian mixture ({@link GaussianMixtureFitter}),
 * on a seeded sample when the estimated time exceeds the budget (the model then assigns every pixel), and turns its
 * covariances into spikes by the spectral-gap formula (docs/method.md §4, eqs. 19–21): the spikes table in the SMM
 * Learner's schema plus {@code sigma2_gmm} and {@code spectral_gap_ok}, the cluster columns and the model.
 */
public final class GmmSpikeExtractorCore {

    private GmmSpikeExtractorCore() {
    }

    /** What configure announces. */
    public record Shapes(List<ColumnDef> spikes, List<ColumnDef> appended, MixtureSpecContent model) {
    }

    /** What execute produces; {@code warning} is null when there is nothing to warn about. */
    public record Result(NewTable spikes, Appended pixels, GmmModelContent model, FitCost cost, int fittedPixels,
            String warning) {
    }

    public static Shapes configure(SpectralColumns cols, int k, boolean withResponsibilities)
            throws CoreInputException {
        return configure(cols, k, withResponsibilities, false);
    }

    /**
     * @param spatial whether the spatial strength is above 0 (spatial EM, docs/method.md §8), which needs the x, y
     *                columns
     */
    public static Shapes configure(SpectralColumns cols, int k, boolean withResponsibilities, boolean spatial)
            throws CoreInputException {
        requireTwoColumns(cols);
        requireGridIfSpatial(spatial, cols);
        return new Shapes(SpikeRows.columns(cols, extraColumns()), ClusterColumns.defs(k, withResponsibilities),
                GmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), k));
    }

    /** The estimated cost of fitting all pixels, and how many the budget allows (or {@code sample} when set). */
    public static int fittedPixels(FitCost cost, int rows, int d, GaussianMixtureOptions options, int sample,
            double budgetMin) {
        return sample > 0 ? Math.min(rows, sample)
                : CostModel.gmmSampleSize(rows, d, options.k(), cost.iterations(), options.threads(), budgetMin * 60,
                        Math.min(rows, 20 * options.k()));
    }

    /** Execute without a grid: the options' spatial strength must be 0. */
    public static Result execute(PixelData pixels, GaussianMixtureOptions options, boolean withResponsibilities,
            int sample, double budgetMin, ProgressMonitor monitor) throws CoreInputException, CanceledException {
        return execute(pixels, null, options, withResponsibilities, sample, budgetMin, monitor);
    }

    /**
     * @param grid       the pixels' neighbours for spatial EM (the options' spatial strength above 0), or null;
     *                   spatial EM needs every pixel's neighbours, so it never fits a sample
     * @param sample     pixels to fit on (0: as many as the budget allows)
     * @param budgetMin  the time budget in minutes
     */
    public static Result execute(PixelData pixels, SpatialGrid grid, GaussianMixtureOptions options,
            boolean withResponsibilities, int sample, double budgetMin, ProgressMonitor monitor)
            throws CoreInputException, CanceledException {
        SpectralColumns cols = pixels.columns();
        requireTwoColumns(cols);
        boolean spatial = options.spatial().active();
        requireGridIfSpatial(spatial, cols);
        List<ColumnDef> spikeColumns = SpikeRows.columns(cols, extraColumns());
        SpectralMatrix data = pixels.training(options.k(), "components", K.label());
        FitCost cost = CostModel.gmm(data.rows(), data.cols(), options.k(), options, options.threads());
        int fitted = spatial ? data.rows() : fittedPixels(cost, data.rows(), data.cols(), options, sample, budgetMin);
        boolean sampled = fitted < data.rows();
        SpectralMatrix fitData = sampled ? RowSample.rows(data, RowSample.indices(data.rows(), fitted, options.seed()))
                : data;
        GaussianMixtureModel model;
        try {
            model = new GaussianMixtureFitter(options).fit(fitData, grid, monitor.subRange(0, 0.9));
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        GmmModelContent content = GmmModelContent.fitted(
                GmmModelContent.specFor(new FeatureSpace(cols.names(), cols.axis()), model.k()), model);
        NewTable spikes = content.spikeRows(SIGMA2_COLUMN, GAP_COLUMN).table(spikeColumns);
        // fitted on a sample: one E-step over every pixel gives both the labels and the responsibilities
        GaussianMixtureModel.Assignment all = sampled ? model.assign(data, options.threads(), monitor.subRange(0.9, 1))
                : new GaussianMixtureModel.Assignment(model.labels(),
                        withResponsibilities ? model.responsibilities() : null);
        SpectralMatrix resp = withResponsibilities ? all.responsibilities() : null;
        int[] labels = all.labels();
        int k = model.k();
        Appended appended = new Appended(ClusterColumns.defs(k, withResponsibilities), labels.length, row -> {
            double[] r = null;
            if (resp != null) {
                r = new double[k];
                resp.getRow(row, r);
            }
            return ClusterColumns.values(labels[row], r);
        });
        StringBuilder w = new StringBuilder();
        if (sampled) {
            w.append(String.format(Locale.ROOT, "Fitted on a seeded random sample of %,d of the %,d pixels: the "
                    + "estimated time on all of them (%s) exceeds the '%s' of %s; the fitted model then assigned every "
                    + "pixel. ", fitted, data.rows(), FitCost.duration(cost.seconds()), BUDGET.label(),
                    FitCost.duration(budgetMin * 60)));
        }
        fitWarnings(model, content, w);
        return new Result(spikes, appended, content, cost, fitted, w.length() == 0 ? null : w.toString().trim());
    }

    /** {@code sigma2_gmm} (double) and {@code spectral_gap_ok} (flag) after the SMM Learner's spike columns. */
    static Map<String, Boolean> extraColumns() {
        Map<String, Boolean> extra = new LinkedHashMap<>();
        extra.put(SIGMA2_COLUMN, false);
        extra.put(GAP_COLUMN, true);
        return extra;
    }

    /** A spatial strength above 0 needs the x, y columns: refused in configure, before any work. */
    private static void requireGridIfSpatial(boolean spatial, SpectralColumns cols) throws CoreInputException {
        if (spatial && !cols.hasCoordinates()) {
            throw new CoreInputException("The '" + GmmSpikeExtractorSettings.SPATIAL_BETA.label() + "' setting is "
                    + "above 0, which needs the pixels' image grid, but the table has no 'x' and 'y' integer columns. "
                    + "Set it to 0 or add the coordinates.");
        }
    }

    private static void requireTwoColumns(SpectralColumns cols) throws CoreInputException {
        if (cols.count() < 2) {
            throw new CoreInputException("Spikes from a Gaussian mixture need at least two spectral columns; '"
                    + COLUMNS.label() + "' selects " + cols.count() + ".");
        }
    }

    private static void fitWarnings(GaussianMixtureModel model, GmmModelContent content, StringBuilder w) {
        if (!model.converged()) {
            w.append("EM did not converge within ").append(model.iterations()).append(" iterations; raise '")
                    .append(MAX_ITER.label()).append("' or '").append(TOL.label()).append("'. ");
        }
        int[] violating = content.spikes().violatingComponents();
        if (violating.length > 0) {
            w.append(violating.length).append(" of the ").append(model.k()).append(" components violate the "
                    + "spectral-gap condition (their largest covariance eigenvalue is below sigma2_gmm); their "
                    + "spikes are reported as zero. ");
        }
        int[] regularized = model.regularizedComponents();
        if (regularized.length > 0) {
            w.append(regularized.length).append(" covariance(s) needed more than '").append(REG_COVAR.label())
                    .append("' to stay positive definite (collapsed component or constant column). ");
        }
    }
}
