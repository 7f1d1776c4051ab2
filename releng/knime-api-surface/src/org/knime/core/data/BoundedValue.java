package org.knime.core.data;

/** Compile-only surface of KNIME's {@code BoundedValue} (type only); see README. */
public interface BoundedValue extends DataValue {
}
