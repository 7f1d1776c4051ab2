package org.knime.core.node.util;

/** Compile-only surface of KNIME's {@code ColumnFilter} (type only); see README. */
public interface ColumnFilter {
}
