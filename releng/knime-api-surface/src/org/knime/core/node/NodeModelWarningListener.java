package org.knime.core.node;

/** Compile-only surface of KNIME's {@code NodeModelWarningListener} (type only); see README. */
public interface NodeModelWarningListener {
}
