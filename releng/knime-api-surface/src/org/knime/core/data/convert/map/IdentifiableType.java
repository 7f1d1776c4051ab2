package org.knime.core.data.convert.map;

/** Compile-only surface of KNIME's {@code IdentifiableType} (type only); see README. */
public interface IdentifiableType {
}
