package io.spikemix.knime.evaluate.kscan;

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
 * The web dialog of the K Scan node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the key of the
 * node's classic settings model ({@link KScanSettings#DECLARATION}); titles and descriptions are the node
 * description's options (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class KScanParameters implements NodeParameters {

    /** Choices of "SMM sieving preset"; the constants are the values saved under "preset". */
    enum Preset {
        @Label("quick")
        quick,
        @Label("synthetic")
        synthetic,
        @Label("ims")
        ims,
        @Label("hsi")
        hsi
    }

    @Widget(title = "Spectral columns",
            description = "The double columns holding the spectrum, one per band; at least two. The coordinate columns <tt>x</tt> and <tt>y</tt> are never spectral.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    @Persistor(SpectralColumnsPersistor.class)
    ColumnFilter spectralColumns = new ColumnFilter();

    @Widget(title = "Smallest K",
            description = "The first K of the scan (default 2).")
    @Persist(configKey = "kMin")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int kMin = 2;

    @Widget(title = "Largest K",
            description = "The last K of the scan (default 10); at least the smallest K and at most the number of pixels, or the node stops with an error before fitting anything.")
    @Persist(configKey = "kMax")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int kMax = 10;

    @Widget(title = "Scan SMM",
            description = "Fit the spiked mixture model at every K and score it by BIC and ICL (default on).")
    @Persist(configKey = "scanSmm")
    boolean scanSmm = true;

    @Widget(title = "Scan GMM",
            description = "Fit a full-covariance Gaussian mixture at every K and score it by BIC and ICL (default on).")
    @Persist(configKey = "scanGmm")
    boolean scanGmm = true;

    @Widget(title = "Scan k-means",
            description = "Fit k-means at every K and score it by inertia and silhouette (default on).")
    @Persist(configKey = "scanKMeans")
    boolean scanKMeans = true;

    @Widget(title = "SMM sieving preset",
            description = "Random restarts of every SMM fit: <b>quick</b> (default; 4 starts of 10 iterations, the best 2 continue for up to 300, tolerance 1e-7, as <tt>spikemix segment</tt>) or the paper's Table II rows <b>synthetic</b>, <b>ims</b>, <b>hsi</b>.")
    @Persist(configKey = "preset")
    Preset preset = Preset.quick;

    @Widget(title = "Random seed",
            description = "Seed of every fit, the same at every K (default 0).")
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
