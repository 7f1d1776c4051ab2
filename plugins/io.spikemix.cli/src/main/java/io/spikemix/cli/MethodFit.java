package io.spikemix.cli;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.spikemix.engine.data.RowSample;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.evaluate.Confidence;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.SpectralGapSpikes;
import io.spikemix.engine.kmeans.KMeansFitter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureFitter;
import io.spikemix.engine.smm.SpikedMixtureModel;
import io.spikemix.engine.spatial.PottsPseudoLikelihood;
import io.spikemix.engine.spatial.SpatialGrid;

/**
 * Runs one method of the engine on a spectral matrix and reports it as a {@link FitOutcome}. The engine calls are
 * exactly those the KNIME nodes make (fitter built from the options of {@link FitSettings}, {@code fit(data,
 * monitor)}), so both ways in give identical results.
 */
final class MethodFit {

    private MethodFit() {
    }

    static FitOutcome run(FitMethod method, FitSettings settings, SpectralMatrix data, ProgressMonitor monitor)
            throws CanceledException {
        return run(method, settings, data, null, data.rows(), false, monitor);
    }

    static FitOutcome run(FitMethod method, FitSettings settings, SpectralMatrix data, SpatialGrid grid,
            ProgressMonitor monitor) throws CanceledException {
        return run(method, settings, data, grid, data.rows(), false, monitor);
    }

    /**
     * As {@link #run(FitMethod, FitSettings, SpectralMatrix, int, boolean, ProgressMonitor)}, with the settings'
     * spatial regularisation (method.md §8) on {@code grid} for the SMM and the GMM: a given β, or with {@code auto}
     * a plain fit, β̂ from its labels by the Potts pseudo-likelihood (eq. 39) and, when β̂ &gt; 0, a second fit with
     * β̂ (both fits' time counted). A spatial GMM is fitted on all pixels (a random sample has no neighbours).
     *
     * @param grid the pixels' grid with the settings' neighbourhood; null when no spatial fit is requested
     */
    static FitOutcome run(FitMethod method, FitSettings settings, SpectralMatrix data, SpatialGrid grid, int gmmPixels,
            boolean withConfidence, ProgressMonitor monitor) throws CanceledException {
        if (method == FitMethod.KMEANS || !settings.spatialRequested()) {
            FitOutcome o = run(method, settings, data, gmmPixels, withConfidence, monitor);
            return method == FitMethod.KMEANS ? withSpatial(o, SpatialUse.NOT_SPATIAL) : o;
        }
        if (grid == null) {
            throw new IllegalArgumentException("spatial EM needs the pixels' image grid");
        }
        if (!settings.spatialAuto()) {
            return fit(method, settings, settings.givenBeta(), data, grid, withConfidence, monitor);
        }
        long start = System.nanoTime();
        FitOutcome plain = fit(method, settings, 0, data, grid, withConfidence, monitor.subRange(0, 0.5));
        double beta = PottsPseudoLikelihood.estimate(plain.labelsPerRow(), plain.k(), grid);
        FitOutcome chosen = beta > 0
                ? fit(method, settings, beta, data, grid, withConfidence, monitor.subRange(0.5, 1)) : plain;
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new FitOutcome(chosen.method(), chosen.spikes(), chosen.pi(), chosen.sigma2(), chosen.active(),
                chosen.logLikelihood(), chosen.trace(), chosen.iterations(),
                plain.totalIterations() + (chosen == plain ? 0 : chosen.totalIterations()), chosen.converged(),
                chosen.labelsPerRow(), seconds, chosen.spectralGapOk(), chosen.violating(), chosen.centroids(),
                chosen.inertia(), chosen.fittedPixels(), chosen.confidence(), chosen.entropy(),
                new SpatialUse(beta, true, settings.neighbourhood(), true), chosen.model());
    }

    /** One SMM or GMM fit on all pixels with strength β on the grid (β = 0: the plain model). */
    private static FitOutcome fit(FitMethod method, FitSettings settings, double beta, SpectralMatrix data,
            SpatialGrid grid, boolean withConfidence, ProgressMonitor monitor) throws CanceledException {
        SpatialUse use = new SpatialUse(beta, false, settings.neighbourhood(), true);
        long start = System.nanoTime();
        if (method == FitMethod.SMM) {
            SpikedMixtureModel m = new SpikedMixtureFitter(settings.smmOptions(beta)).fit(data, grid, monitor);
            double seconds = (System.nanoTime() - start) * 1e-9;
            double[] resp = m.fittedResponsibilities();
            if (resp == null && withConfidence) {
                resp = m.responsibilities(data, settings.threads(), monitor);
            }
            boolean conf = withConfidence && resp != null;
            return new FitOutcome(method, m.spikes(), m.pi(), m.sigma2(), m.activeSet(), m.logLikelihood(),
                    m.logLikelihoodTrace(), m.iterations(), m.totalIterations(), m.converged(), m.labels(), seconds,
                    null, new int[0], null, Double.NaN, data.rows(), conf ? Confidence.largest(resp, m.k()) : null,
                    conf ? Confidence.entropy(resp, m.k()) : null, use, m);
        }
        GaussianMixtureModel m = new GaussianMixtureFitter(settings.gmmOptions(beta)).fit(data, grid, monitor);
        double[] resp = withConfidence ? Confidence.rowMajor(m.responsibilities()) : null;
        double seconds = (System.nanoTime() - start) * 1e-9;
        SpectralGapSpikes gap = m.spectralGapSpikes();
        double[] trace = Arrays.stream(m.logLikelihoodTrace()).map(v -> v * data.rows()).toArray();
        return new FitOutcome(method, gap.spikes(), m.weights(), gap.sigma2(), nonViolating(gap), m.logLikelihood(),
                trace, m.iterations(), m.iterations(), m.converged(), m.labels(), seconds,
                gap.conditionHolds(), gap.violatingComponents(), null, Double.NaN, data.rows(),
                resp == null ? null : Confidence.largest(resp, m.k()),
                resp == null ? null : Confidence.entropy(resp, m.k()), use, m);
    }

    private static FitOutcome withSpatial(FitOutcome o, SpatialUse use) {
        return new FitOutcome(o.method(), o.spikes(), o.pi(), o.sigma2(), o.active(), o.logLikelihood(), o.trace(),
                o.iterations(), o.totalIterations(), o.converged(), o.labelsPerRow(), o.seconds(), o.spectralGapOk(),
                o.violating(), o.centroids(), o.inertia(), o.fittedPixels(), o.confidence(), o.entropy(), use,
                o.model());
    }

    /**
     * As {@link #run(FitMethod, FitSettings, SpectralMatrix, ProgressMonitor)}, but the GMM is fitted on a seeded
     * random sample of {@code gmmPixels} pixels when that is fewer than all (its cost budget, {@link
     * io.spikemix.engine.cost.CostModel#gmmSampleSize}), and the fitted model then assigns every pixel; with
     * {@code withConfidence}, the outcome carries each pixel's confidence (SMM: one more scoring pass, GMM: from the
     * responsibilities it has), which only the {@code segment} report shows.
     */
    static FitOutcome run(FitMethod method, FitSettings settings, SpectralMatrix data, int gmmPixels,
            boolean withConfidence, ProgressMonitor monitor) throws CanceledException {
        long start = System.nanoTime();
        switch (method) {
            case SMM: {
                SpikedMixtureModel m = new SpikedMixtureFitter(settings.smmOptions()).fit(data, monitor);
                double seconds = (System.nanoTime() - start) * 1e-9;
                // one batched pass for the confidence map (not counted in the fit's time); its argmax is the labels
                double[] resp = withConfidence ? m.responsibilities(data, settings.threads(), monitor) : null;
                return new FitOutcome(method, m.spikes(), m.pi(), m.sigma2(), m.activeSet(), m.logLikelihood(),
                        m.logLikelihoodTrace(), m.iterations(), m.totalIterations(), m.converged(), m.labels(), seconds,
                        null, new int[0], null, Double.NaN, data.rows(),
                        resp == null ? null : Confidence.largest(resp, m.k()),
                        resp == null ? null : Confidence.entropy(resp, m.k()), SpatialUse.NONE, m);
            }
            case GMM: {
                boolean sampled = gmmPixels < data.rows();
                SpectralMatrix fitted = sampled
                        ? RowSample.rows(data, RowSample.indices(data.rows(), gmmPixels, settings.seed())) : data;
                GaussianMixtureModel m = new GaussianMixtureFitter(settings.gmmOptions())
                        .fit(fitted, sampled ? monitor.subRange(0, 0.9) : monitor);
                GaussianMixtureModel.Assignment all = sampled
                        ? m.assign(data, settings.threads(), monitor.subRange(0.9, 1))
                        : new GaussianMixtureModel.Assignment(m.labels(), m.responsibilities());
                int[] labels = all.labels();
                double[] resp = withConfidence ? Confidence.rowMajor(all.responsibilities()) : null;
                double seconds = (System.nanoTime() - start) * 1e-9;
                SpectralGapSpikes gap = m.spectralGapSpikes();
                // the engine's trace is the mean log-likelihood per pixel; the contract reports totals like the SMM
                // (of the fitted pixels: the sample's, when sampled)
                double[] trace = Arrays.stream(m.logLikelihoodTrace()).map(v -> v * fitted.rows()).toArray();
                return new FitOutcome(method, gap.spikes(), m.weights(), gap.sigma2(), nonViolating(gap),
                        m.logLikelihood(), trace, m.iterations(), m.iterations(), m.converged(), labels, seconds,
                        gap.conditionHolds(), gap.violatingComponents(), null, Double.NaN, fitted.rows(),
                        resp == null ? null : Confidence.largest(resp, m.k()),
                        resp == null ? null : Confidence.entropy(resp, m.k()), SpatialUse.NONE, m);
            }
            default: {
                KMeansModel m = new KMeansFitter(settings.kmeansOptions()).fit(data, monitor);
                double seconds = (System.nanoTime() - start) * 1e-9;
                SpectralGapSpikes gap = SpectralGapSpikes.of(m.clusterSecondMoments(data));
                int[] labels = m.labels();
                double[] pi = new double[m.k()];
                for (int l : labels) {
                    pi[l] += 1.0 / labels.length;
                }
                return new FitOutcome(method, gap.spikes(), pi, gap.sigma2(), nonViolating(gap), Double.NaN,
                        new double[0], m.iterations(), m.iterations(), m.converged(), labels, seconds,
                        gap.conditionHolds(), gap.violatingComponents(), m.centroids(), m.inertia(), data.rows(),
                        null, null, SpatialUse.NONE, m);
            }
        }
    }

    private static int[] nonViolating(SpectralGapSpikes gap) {
        int[] bad = gap.violatingComponents();
        return IntStream.range(0, gap.spikes().length).filter(k -> Arrays.stream(bad).noneMatch(b -> b == k)).toArray();
    }
}
