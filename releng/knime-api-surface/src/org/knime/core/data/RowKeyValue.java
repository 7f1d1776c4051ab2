package org.knime.core.data;

/** Compile-only surface of KNIME's {@code RowKeyValue} (type only); see README. */
public interface RowKeyValue {
}
