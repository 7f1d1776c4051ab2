package org.knime.node.parameters.persistence;

import org.knime.node.parameters.migration.ParametersLoader;

/** Compile-only surface of KNIME's {@code NodeParametersPersistor} (bundle org.knime.core.ui); see ../knime-api-surface/README.md. */
public interface NodeParametersPersistor<T> extends ParametersSaver<T>, ParametersLoader<T> {

    String[][] getConfigPaths();
}
