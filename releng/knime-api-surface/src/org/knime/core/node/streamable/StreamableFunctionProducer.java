package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code StreamableFunctionProducer} (type only); see README. */
public interface StreamableFunctionProducer {
}
