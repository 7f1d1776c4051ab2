package org.knime.core.internal;

/** Compile-only surface of KNIME's {@code MessageAwareException} (type only); see README. */
public interface MessageAwareException {
}
