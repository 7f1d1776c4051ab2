package org.knime.core.data;

/** Compile-only surface of KNIME's {@code NominalValue} (type only); see README. */
public interface NominalValue extends DataValue {
}
