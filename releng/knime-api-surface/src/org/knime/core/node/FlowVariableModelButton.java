package org.knime.core.node;

import javax.swing.JButton;

/** Compile-only surface of KNIME's {@code FlowVariableModelButton} (type only); see README. */
public class FlowVariableModelButton extends JButton {

    private static final long serialVersionUID = 1L;

    private FlowVariableModelButton() {
        throw new UnsupportedOperationException();
    }
}
