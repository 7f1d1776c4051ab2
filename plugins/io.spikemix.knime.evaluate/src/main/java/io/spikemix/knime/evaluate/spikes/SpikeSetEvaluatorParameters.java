package io.spikemix.knime.evaluate.spikes;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.Label;

/**
 * The web dialog of the Spike Set Evaluator node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SpikeSetEvaluatorSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SpikeSetEvaluatorParameters implements NodeParameters {

    /** Choices of "Matching distance"; the constants are the values saved under "matchingDistance", so they keep their legacy spelling. */
    enum MatchingDistance {
        @Label("Absolute cosine")
        abs_cosine,
        @Label("Squared Euclidean")
        squared_euclidean
    }

    @Widget(title = "Matching distance",
            description = "<b>abs_cosine</b> (default) or <b>squared_euclidean</b>: the distance the one-to-one matching minimises. Both distances are reported for every pair.")
    @Persist(configKey = "matchingDistance")
    MatchingDistance matchingDistance = MatchingDistance.abs_cosine;

    @Widget(title = "Use common feature columns only",
            description = "When off (default), both tables must have exactly the same feature columns; a mismatch stops the node with a message listing the columns only one table has. When on, the spikes are compared on the columns both tables have, and the others are reported in a warning.")
    @Persist(configKey = "commonColumnsOnly")
    boolean commonColumnsOnly = false;
}
