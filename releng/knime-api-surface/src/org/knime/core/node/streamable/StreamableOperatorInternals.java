package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code StreamableOperatorInternals} (type only); see README. */
public interface StreamableOperatorInternals {
}
