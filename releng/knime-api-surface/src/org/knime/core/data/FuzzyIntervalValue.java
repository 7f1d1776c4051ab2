package org.knime.core.data;

/** Compile-only surface of KNIME's {@code FuzzyIntervalValue} (type only); see README. */
public interface FuzzyIntervalValue extends DataValue {
}
