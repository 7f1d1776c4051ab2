package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.workflow.FlowVariable;

/** Compile-only surface of KNIME's {@code SettingsModelFlowVariableCompatible}; see README. */
public interface SettingsModelFlowVariableCompatible {

    String getKey();

    FlowVariable.Type getFlowVariableType();
}
