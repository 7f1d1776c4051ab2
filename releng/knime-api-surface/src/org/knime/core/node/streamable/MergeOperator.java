package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code MergeOperator} (type only); see README. */
public abstract class MergeOperator {
}
