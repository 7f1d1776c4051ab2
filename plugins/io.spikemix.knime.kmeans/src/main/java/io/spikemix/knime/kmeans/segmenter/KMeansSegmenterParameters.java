package io.spikemix.knime.kmeans.segmenter;

import io.spikemix.knime.base.dialog.Bounds;
import io.spikemix.knime.base.dialog.SpectralColumnsPersistor;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;

/**
 * The web dialog of the k-Means Segmenter node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link KMeansSegmenterSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class KMeansSegmenterParameters implements NodeParameters {

    @Widget(title = "Spectral columns",
            description = "The double columns holding the spectrum, one per band. The coordinate columns <tt>x</tt> and <tt>y</tt> are never spectral.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    @Persistor(SpectralColumnsPersistor.class)
    ColumnFilter spectralColumns = new ColumnFilter();

    @Widget(title = "Number of clusters (K)",
            description = "Number of clusters K (default 3); at most the number of distinct spectra.")
    @Persist(configKey = "k")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int k = 3;

    @Widget(title = "Starts",
            description = "Number of k-means++ starts (default 1); the one with the lowest inertia wins.")
    @Persist(configKey = "nInit")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int nInit = 1;

    @Widget(title = "Maximum iterations",
            description = "Lloyd iterations per start, at most (default 300). A start stopped by this bound gives a warning.")
    @Persist(configKey = "maxIterations")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMostOneMillion.class)
    int maxIterations = 300;

    @Widget(title = "Tolerance",
            description = "A start stops when the summed squared centroid shift is at most this times the mean per-feature variance of the data (default 1e-4), or when no label changes.")
    @Persist(configKey = "tol")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostOne.class)
    double tol = 0.0001;

    @Widget(title = "Random seed",
            description = "Seed of the k-means++ starts (default 0).")
    @Persist(configKey = "seed")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostIntMax.class)
    int seed = 0;

    @Widget(title = "Threads",
            description = "Worker threads; 0 (default) uses all processors. Results do not depend on it.",
            advanced = true)
    @Persist(configKey = "threads")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMost1024.class)
    int threads = 0;
}
