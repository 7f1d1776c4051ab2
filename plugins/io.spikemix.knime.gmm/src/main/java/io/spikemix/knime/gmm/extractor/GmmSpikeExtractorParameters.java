package io.spikemix.knime.gmm.extractor;

import io.spikemix.knime.base.dialog.Bounds;
import io.spikemix.knime.base.dialog.SpectralColumnsPersistor;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;

/**
 * The web dialog of the GMM Spike Extractor node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link GmmSpikeExtractorSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class GmmSpikeExtractorParameters implements NodeParameters {

    /** Choices of "Neighbours"; the constants are the values saved under "neighbours". */
    enum Neighbours {
        @Label("four")
        four,
        @Label("eight")
        eight
    }

    /** Choices of "Initialization"; the constants are the values saved under "init", so they keep their legacy spelling. */
    enum Init {
        @Label("Random responsibilities")
        random_responsibilities,
        @Label("Random observations")
        random_observations,
        @Label("k-means++ centres")
        kmeans_plus_plus,
        @Label("k-means")
        kmeans
    }

    @Widget(title = "Spectral columns",
            description = "The double columns holding the spectrum, one per band; at least two. The coordinate columns <tt>x</tt> and <tt>y</tt> are never spectral.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    @Persistor(SpectralColumnsPersistor.class)
    ColumnFilter spectralColumns = new ColumnFilter();

    @Widget(title = "Number of components (K)",
            description = "Number of Gaussian components (default 3).")
    @Persist(configKey = "k")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int k = 3;

    @Widget(title = "Initialization",
            description = "<b>random_responsibilities</b> (default), <b>random_observations</b>, <b>kmeans_plus_plus</b> or <b>kmeans</b> (a full k-means run, scikit-learn's default).")
    @Persist(configKey = "init")
    Init init = Init.random_responsibilities;

    @Widget(title = "Starts",
            description = "Number of starts (default 1); the highest final log-likelihood wins.")
    @Persist(configKey = "nInit")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int nInit = 1;

    @Widget(title = "Maximum iterations",
            description = "EM iterations per start, at most (default 100). A start stopped by this bound gives a warning.")
    @Persist(configKey = "maxIterations")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMostOneMillion.class)
    int maxIterations = 100;

    @Widget(title = "Tolerance",
            description = "A start stops when the mean log-likelihood per pixel changes by less than this (default 1e-3).")
    @Persist(configKey = "tol")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double tol = 0.001;

    @Widget(title = "Covariance regularization",
            description = "Added to every covariance diagonal after each M-step (default 1e-6); more is added, with a warning, when a covariance is still not positive definite.",
            advanced = true)
    @Persist(configKey = "regCovar")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double regCovar = 1e-06;

    @Widget(title = "Zero means",
            description = "Fix every mean at 0, as the spiked mixture model does (default off: the paper's baseline has free means).")
    @Persist(configKey = "zeroMean")
    boolean zeroMean = false;

    @Widget(title = "Random seed",
            description = "Seed of the initialization (default 0).")
    @Persist(configKey = "seed")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostIntMax.class)
    int seed = 0;

    @Widget(title = "Threads",
            description = "Worker threads; 0 (default) uses all processors. Results do not depend on it.",
            advanced = true)
    @Persist(configKey = "threads")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMost1024.class)
    int threads = 0;

    @Widget(title = "Append responsibilities",
            description = "Also append one column <tt>p(k)</tt> per component (default on).")
    @Persist(configKey = "appendResponsibilities")
    boolean appendResponsibilities = true;

    @Widget(title = "Time budget (minutes)",
            description = "Before fitting, the node estimates the fit's time from the number of pixels, bands and components at SpikeMix's measured kernel rates (a full-covariance GMM costs about K&#183;N&#183;d&#178; per iteration). When the estimate on all pixels exceeds this budget (default 10 minutes), the GMM is fitted on a seeded random sample of pixels sized to meet it, and the fitted model then assigns every pixel; the node's warning says so, with the sample size.",
            advanced = true)
    @Persist(configKey = "budgetMinutes")
    @NumberInputWidget(minValidation = Bounds.AtLeastOneMillionth.class, maxValidation = Bounds.AtMostOneMillion.class)
    double budgetMinutes = 10.0;

    @Widget(title = "Sample size",
            description = "Fit on a seeded random sample of this many pixels. 0 (default): all pixels, or as many as the time budget allows.",
            advanced = true)
    @Persist(configKey = "sampleSize")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostIntMax.class)
    int sampleSize = 0;

    @Widget(title = "Spatial strength (beta)",
            description = "Spatially regularised EM (neighbourhood EM, docs/method.md section 8): the strength with which each pixel's responsibilities are pulled towards those of its neighbours on the image grid given by the x and y columns. 0 (default) is the plain mixture, exactly as before. Above 0, neighbourhood EM continues from the plain fit on all pixels (a time budget or sample size is then ignored, since a sample has no neighbours), and the node's log-likelihood is the penalised criterion. Needs the x and y columns.",
            advanced = true)
    @Persist(configKey = "spatialBeta")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double spatialBeta = 0.0;

    @Widget(title = "Neighbours",
            description = "The neighbours of a pixel for the spatial strength: four (the pixels sharing an edge, default) or eight (also those sharing a corner).",
            advanced = true)
    @Persist(configKey = "neighbours")
    Neighbours neighbours = Neighbours.four;
}
