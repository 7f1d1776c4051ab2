package org.knime.core.data;

/** Compile-only surface of KNIME's {@code IntValue}; see README. */
public interface IntValue extends DataValue {

    int getIntValue();
}
