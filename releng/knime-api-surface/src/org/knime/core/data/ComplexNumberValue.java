package org.knime.core.data;

/** Compile-only surface of KNIME's {@code ComplexNumberValue} (type only); see README. */
public interface ComplexNumberValue extends DataValue {
}
