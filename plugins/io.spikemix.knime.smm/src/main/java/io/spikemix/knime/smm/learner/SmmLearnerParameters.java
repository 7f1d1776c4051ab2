package io.spikemix.knime.smm.learner;

import io.spikemix.knime.base.dialog.Bounds;
import io.spikemix.knime.base.dialog.SpectralColumnsPersistor;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
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
 * The web dialog of the SMM Learner node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SmmLearnerSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SmmLearnerParameters implements NodeParameters {

    /** Choices of "Sieving preset"; the constants are the values saved under "preset", so they keep their legacy spelling. */
    enum Preset {
        @Label("synthetic")
        synthetic,
        @Label("ims")
        ims,
        @Label("hsi")
        hsi,
        @Label("custom")
        custom
    }

    /** Choices of "Spike units"; the constants are the values saved under "spikeUnits", so they keep their legacy spelling. */
    enum SpikeUnits {
        @Label("fitted")
        fitted,
        @Label("raw")
        raw
    }

    /** Choices of "Neighbours"; the constants are the values saved under "neighbours". */
    enum Neighbours {
        @Label("four")
        four,
        @Label("eight")
        eight
    }

    /** The preset field, which the custom sieving settings depend on. */
    interface PresetRef extends ParameterReference<Preset> {
    }

    /** The sieving settings n1, d1, n2, d2 and the tolerance apply to the custom preset only. */
    static final class IsCustomPreset implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(PresetRef.class).isOneOf(Preset.custom);
        }
    }

    @Widget(title = "Spectral columns",
            description = "The double columns holding the spectrum, one per band; at least two. The coordinate columns <tt>x</tt> and <tt>y</tt> are never spectral.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    @Persistor(SpectralColumnsPersistor.class)
    ColumnFilter spectralColumns = new ColumnFilter();

    @Widget(title = "Number of spikes (K)",
            description = "Number of spikes K (default 3). At most the number of pixels with pairwise non-parallel, non-zero spectra.")
    @Persist(configKey = "k")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
    int k = 3;

    @Widget(title = "Sieving preset",
            description = "Random restarts and stopping rule, from the paper's Table II: <b>synthetic</b> (n1 = 10 starts of d1 = 10 iterations, the best n2 = 5 continue for up to d2 = 600 iterations, tolerance 1e-8), <b>ims</b> (6, 6, 3, 60, 1e-3), <b>hsi</b> (10, 10, 3, 120, 1e-3; default), or <b>custom</b> (the settings below).")
    @ValueReference(PresetRef.class)
    @Persist(configKey = "preset")
    Preset preset = Preset.hsi;

    @Widget(title = "Starts (n1, custom)",
            description = "Custom preset: number of random starts.",
            effect = @Effect(predicate = IsCustomPreset.class, type = EffectType.SHOW))
    @Persist(configKey = "n1")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost10000.class)
    int n1 = 10;

    @Widget(title = "Iterations per start (d1, custom)",
            description = "Custom preset: iterations every start runs before the best are kept.",
            effect = @Effect(predicate = IsCustomPreset.class, type = EffectType.SHOW))
    @Persist(configKey = "d1")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostOneMillion.class)
    int d1 = 10;

    @Widget(title = "Starts kept (n2, custom)",
            description = "Custom preset: number of starts that continue, at most n1.",
            effect = @Effect(predicate = IsCustomPreset.class, type = EffectType.SHOW))
    @Persist(configKey = "n2")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost10000.class)
    int n2 = 3;

    @Widget(title = "Further iterations (d2, custom)",
            description = "Custom preset: further iterations of every kept start, at most.",
            effect = @Effect(predicate = IsCustomPreset.class, type = EffectType.SHOW))
    @Persist(configKey = "d2")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostOneMillion.class)
    int d2 = 120;

    @Widget(title = "Tolerance (custom)",
            description = "Custom preset: a kept start stops when an iteration gains at most this fraction of the log-likelihood; 0 never stops early.",
            effect = @Effect(predicate = IsCustomPreset.class, type = EffectType.SHOW))
    @Persist(configKey = "tol")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostOne.class)
    double tol = 0.001;

    @Widget(title = "Maximum further iterations",
            description = "Upper bound on d2 for every preset (d2 is lowered to it). The default leaves the presets unchanged. A run stopped by it rather than by the tolerance gives a warning.",
            advanced = true)
    @Persist(configKey = "maxIterations")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMostOneMillion.class)
    int maxIterations = 100000;

    @Widget(title = "Precision delta (Lemma IV.1)",
            description = "Pixels whose responsibility for a spike is below delta / &#8214;Y&#8214;&#178;<sub>F</sub> are left out of that spike's scatter matrix, moving its leading eigenvalue by at most delta. 0 (default) uses exact sums; larger values are faster on large images.",
            advanced = true)
    @Persist(configKey = "delta")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class)
    double delta = 0.0;

    @Widget(title = "Random seed",
            description = "Seed of the random starts (default 0).")
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
            description = "Also append one column <tt>p(k)</tt> per spike with the posterior probability of the pixel belonging to spike k (default on).")
    @Persist(configKey = "appendResponsibilities")
    boolean appendResponsibilities = true;

    @Widget(title = "Spike units",
            description = "Units of the spectral values in the spikes table. <b>fitted</b> (default): the units of the input table. <b>raw</b>: undone with the normalization model at the second input (needs it connected). The <tt>norm2</tt> column and the model output always hold the fitted spikes. A spike outside the active set (zero) becomes the undo of zero: the column minima for min-max, zero for l1 and TIC.")
    @Persist(configKey = "spikeUnits")
    SpikeUnits spikeUnits = SpikeUnits.fitted;

    @Widget(title = "Spatial strength (beta)",
            description = "Spatially regularised EM (neighbourhood EM, docs/method.md section 8): the strength with which each pixel's responsibilities are pulled towards those of its neighbours on the image grid given by the x and y columns. 0 (default) is the plain model, exactly as before. Values around 0.5 to 1.5 clean up noisy, salt-and-pepper label maps of images made of regions; the log-likelihood trace then holds the penalised criterion, which never decreases. Needs the x and y columns.",
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
