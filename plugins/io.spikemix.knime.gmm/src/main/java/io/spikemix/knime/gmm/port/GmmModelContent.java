package io.spikemix.knime.gmm.port;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.ejml.data.DMatrixRMaj;

import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.SpectralGapSpikes;
import io.spikemix.engine.gmm.StoredGaussianMixture;
import io.spikemix.knime.base.config.ConfigException;
import io.spikemix.knime.base.config.ConfigSink;
import io.spikemix.knime.base.config.ConfigSource;
import io.spikemix.knime.base.config.FeatureSpace;
import io.spikemix.knime.base.config.Matrices;
import io.spikemix.knime.base.config.MixtureSpecContent;
import io.spikemix.knime.base.spikes.SpikeRows;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.core.MixturePredictorCore;
import io.spikemix.knime.base.port.PortContent;

/**
 * A fitted Gaussian mixture with the columns it was fitted on: the content of {@link GmmPortObject}, free of KNIME
 * types. Saves weights, means (K×d) and covariances (K × d·d, row-major, including the regularisation the fit
 * added), plus the log-likelihood, iterations and convergence of the fit. The spikes, σ²_GMM and the spectral-gap
 * flags (method.md §4, eqs. 19–21) are derived from the covariances by the engine's {@link SpectralGapSpikes},
 * so they are not stored twice. Restores the engine model with {@link StoredGaussianMixture#restore}. Immutable.
 */
public final class GmmModelContent implements PortContent.Model<MixtureSpecContent> {

    /** The model kind named in this model's spec messages and summary. */
    public static final String MODEL_KIND = "Gaussian mixture model";

    static final String KEY_WEIGHTS = "weights";
    static final String KEY_MEANS = "means";
    static final String KEY_COVARIANCES = "covariances";
    static final String KEY_LOGLIK = "loglik";
    static final String KEY_ITERATIONS = "iterations";
    static final String KEY_CONVERGED = "converged";

    private final MixtureSpecContent spec;
    private final GaussianMixtureModel model;
    private final double logLikelihood;
    private final int iterations;
    private final boolean converged;

    /**
     * @throws IllegalArgumentException when the model's K or d differ from the spec's
     */
    public GmmModelContent(MixtureSpecContent spec, GaussianMixtureModel model, double logLikelihood, int iterations,
            boolean converged) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.model = Objects.requireNonNull(model, "model");
        if (model.k() != spec.k() || model.dimension() != spec.features().size()) {
            throw new IllegalArgumentException("The model has K = " + model.k() + " and d = " + model.dimension()
                    + " but the spec says K = " + spec.k() + " and " + spec.features().size() + " columns.");
        }
        this.logLikelihood = logLikelihood;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** The spec of a model of this kind on the given columns with K components. */
    public static MixtureSpecContent specFor(FeatureSpace features, int k) {
        return new MixtureSpecContent(MODEL_KIND, features, k);
    }

    /** The content of a model just fitted, with its fit summary. */
    public static GmmModelContent fitted(MixtureSpecContent spec, GaussianMixtureModel model) {
        return new GmmModelContent(spec, model, model.logLikelihood(), model.iterations(), model.converged());
    }

    public MixtureSpecContent spec() {
        return spec;
    }

    /** The spec the port announces: {@link #spec()}. */
    @Override
    public MixtureSpecContent portSpec() {
        return spec;
    }

    /**
     * How this model scores new pixels (the GMM Predictor): one E-step; labels are the engine's argmax in double
     * precision, responsibilities float32 as the GMM Spike Extractor outputs them.
     */
    public MixturePredictorCore.Scorer scorer(int threads) {
        int k = model.k();
        return (data, withResponsibilities, monitor) -> {
            GaussianMixtureModel.Assignment a = model.assign(data, threads, monitor);
            SpectralMatrix resp = a.responsibilities();
            return new MixturePredictorCore.Scores(k, a.labels(), row -> {
                double[] r = new double[k];
                resp.getRow(row, r);
                return r;
            });
        };
    }

    public GaussianMixtureModel model() {
        return model;
    }

    /** Spikes, σ²_GMM and the spectral-gap condition of the model's covariances (eqs. 19–21). */
    public SpectralGapSpikes spikes() {
        return model.spectralGapSpikes();
    }

    /**
     * The spikes table rows: π = the mixture weights, the eq. 21 spikes, active = non-zero spike, then
     * {@code sigma2_gmm} (eq. 20, every row) and {@code spectral_gap_ok} (eq. 19 holds for the component).
     */
    public SpikeRows spikeRows(String sigma2Column, String gapColumn) {
        SpectralGapSpikes gap = spikes();
        double[][] x = gap.spikes();
        boolean[] active = new boolean[x.length];
        boolean[] ok = new boolean[x.length];
        Arrays.fill(ok, true);
        for (int v : gap.violatingComponents()) {
            ok[v] = false;
        }
        double[] sigma2 = new double[x.length];
        Arrays.fill(sigma2, gap.sigma2());
        SpikeRows rows = SpikeRows.of(x, model.weights(), active);
        for (int c = 0; c < x.length; c++) {
            active[c] = rows.norm2(c) > 0;
        }
        return SpikeRows.of(x, model.weights(), active).withDoubleColumn(sigma2Column, sigma2)
                .withFlagColumn(gapColumn, ok);
    }

    /** Log-likelihood of the training data at the end of the fit. */
    public double logLikelihood() {
        return logLikelihood;
    }

    public int iterations() {
        return iterations;
    }

    public boolean converged() {
        return converged;
    }

    @Override
    public void save(ConfigSink out) {
        spec.save(out);
        out.putDoubleArray(KEY_WEIGHTS, model.weights());
        Matrices.put(out, KEY_MEANS, model.means());
        Matrices.put(out, KEY_COVARIANCES, flat(model.covariances()));
        out.putDouble(KEY_LOGLIK, logLikelihood);
        out.putInt(KEY_ITERATIONS, iterations);
        out.putInt(KEY_CONVERGED, converged ? 1 : 0);
    }

    public static GmmModelContent load(ConfigSource in) throws ConfigException {
        MixtureSpecContent spec = MixtureSpecContent.load(MODEL_KIND, in);
        int k = spec.k();
        int d = spec.features().size();
        double[][] means = Matrices.get(in, KEY_MEANS, k, d);
        double[][] covariances = Matrices.get(in, KEY_COVARIANCES, k, d * d);
        double[] weights = in.getDoubleArray(KEY_WEIGHTS);
        try {
            GaussianMixtureModel m = StoredGaussianMixture.restore(weights, means, covariances);
            return new GmmModelContent(spec, m, in.getDouble(KEY_LOGLIK), in.getInt(KEY_ITERATIONS),
                    in.getInt(KEY_CONVERGED) != 0);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("The saved Gaussian mixture model is invalid: " + e.getMessage(), e);
        }
    }

    private static double[][] flat(List<DMatrixRMaj> matrices) {
        double[][] out = new double[matrices.size()][];
        for (int c = 0; c < out.length; c++) {
            DMatrixRMaj m = matrices.get(c);
            out[c] = Arrays.copyOf(m.getData(), m.getNumElements());
        }
        return out;
    }

    /** The covariances as row-major arrays (for tests and summaries). */
    public List<double[]> covariances() {
        return new ArrayList<>(Arrays.asList(flat(model.covariances())));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GmmModelContent)) {
            return false;
        }
        GmmModelContent c = (GmmModelContent) o;
        return spec.equals(c.spec) && Arrays.equals(model.weights(), c.model.weights())
                && Arrays.deepEquals(model.means(), c.model.means())
                && Arrays.deepEquals(flat(model.covariances()), flat(c.model.covariances()))
                && Double.compare(logLikelihood, c.logLikelihood) == 0 && iterations == c.iterations
                && converged == c.converged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, iterations, logLikelihood);
    }
}
