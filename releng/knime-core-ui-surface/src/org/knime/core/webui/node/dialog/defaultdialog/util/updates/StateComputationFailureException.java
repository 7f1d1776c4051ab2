package org.knime.core.webui.node.dialog.defaultdialog.util.updates;

/** Compile-only surface of KNIME's {@code StateComputationFailureException} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public final class StateComputationFailureException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Private: the public constructors differ between 5.8 (a message) and 5.11 (none); SpikeMix throws none. */
    private StateComputationFailureException() {
    }
}
