package org.knime.core.data;

/** Compile-only surface of KNIME's {@code LongValue}; see README. */
public interface LongValue extends DataValue {

    long getLongValue();
}
