package org.knime.core.node.util.filter.column;

/** Compile-only surface of KNIME's {@code DataColumnSpecFilterConfiguration} (type only); see README. */
public class DataColumnSpecFilterConfiguration {

    private DataColumnSpecFilterConfiguration() {
        throw new UnsupportedOperationException();
    }
}
