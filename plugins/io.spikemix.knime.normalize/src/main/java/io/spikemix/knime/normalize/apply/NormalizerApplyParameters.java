package io.spikemix.knime.normalize.apply;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.Label;

/**
 * The web dialog of the Normalizer (Apply) node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link NormalizerApplySettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class NormalizerApplyParameters implements NodeParameters {

    /** Choices of "Direction"; the constants are the values saved under "direction", so they keep their legacy spelling. */
    enum Direction {
        @Label("Apply")
        apply,
        @Label("Undo")
        undo
    }

    @Widget(title = "Direction",
            description = "<b>apply</b> normalizes the spectral columns with the fitted model (for min-max, new data may fall outside [0, 1]); <b>undo</b> maps normalized values back to raw units. Default: apply.")
    @Persist(configKey = "direction")
    Direction direction = Direction.apply;

    @Widget(title = "Skip rows with missing or non-finite values",
            description = "Direction apply only. When off (default), a missing cell, NaN or infinity in a spectral column stops the node with an error naming the row and column; when on, such rows are output with missing spectral cells. Undo passes missing values through as missing cells.")
    @Persist(configKey = "skipNonFinite")
    boolean skipNonFinite = false;
}
