package org.knime.core.node;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;

import javax.swing.JButton;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

/** Compile-only surface of KNIME's {@code FlowVariableModelButton} (type only); see README. */
public class FlowVariableModelButton extends JButton implements ChangeListener, ActionListener {

    private static final long serialVersionUID = 1L;

    private FlowVariableModelButton() {
        throw new UnsupportedOperationException();
    }

    public void stateChanged(final ChangeEvent e) {
        throw new UnsupportedOperationException();
    }

    public void actionPerformed(final ActionEvent e) {
        throw new UnsupportedOperationException();
    }
}
