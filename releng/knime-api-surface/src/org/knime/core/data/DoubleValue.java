package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DoubleValue}; see README. */
public interface DoubleValue extends DataValue {

    double getDoubleValue();
}
