package org.knime.core.data.container;

/** Compile-only surface of KNIME's {@code RowFlushable} (type only); see README. */
public interface RowFlushable {
}
