package io.spikemix.knime.gmm.predictor;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;

/**
 * The web dialog of the GMM Predictor node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link GmmPredictorSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class GmmPredictorParameters implements NodeParameters {

    @Widget(title = "Append responsibilities",
            description = "Also append one column <tt>p(k)</tt> per component (default on).")
    @Persist(configKey = "appendResponsibilities")
    boolean appendResponsibilities = true;
}
