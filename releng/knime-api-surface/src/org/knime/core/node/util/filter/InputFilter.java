package org.knime.core.node.util.filter;

/** Compile-only surface of KNIME's {@code InputFilter} (type only); see README. */
public abstract class InputFilter<T> {
}
