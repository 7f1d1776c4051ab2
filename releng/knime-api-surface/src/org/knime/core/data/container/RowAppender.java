package org.knime.core.data.container;

/** Compile-only surface of KNIME's {@code RowAppender} (type only); see README. */
public interface RowAppender {
}
