package org.knime.core.node;

/** Compile-only surface of KNIME's {@code NodeProgressMonitor} (type only); see README. */
public interface NodeProgressMonitor {
}
