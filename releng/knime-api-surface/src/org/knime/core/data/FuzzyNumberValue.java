package org.knime.core.data;

/** Compile-only surface of KNIME's {@code FuzzyNumberValue} (type only); see README. */
public interface FuzzyNumberValue extends DataValue {
}
