package org.knime.core.node.util;

/** Compile-only surface of KNIME's {@code StringIconOption} (type only); see README. */
public interface StringIconOption {
}
