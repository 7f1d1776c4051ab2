package org.knime.core.data;

/** Compile-only surface of KNIME's {@code StringValue}; see README. */
public interface StringValue extends DataValue {

    String getStringValue();
}
