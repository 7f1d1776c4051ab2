package org.knime.core.node.util.filter.column;

import org.knime.core.node.util.filter.NameFilterConfiguration;

/** Compile-only surface of KNIME's {@code DataColumnSpecFilterConfiguration} (type only); see README. */
public final class DataColumnSpecFilterConfiguration extends NameFilterConfiguration {

    private DataColumnSpecFilterConfiguration() {
        super(null);
        throw new UnsupportedOperationException();
    }
}
