package org.knime.core.data.v2;

import java.io.Closeable;

/** Compile-only surface of KNIME's {@code RowCursor} (type only); see README. */
public interface RowCursor extends Closeable {
}
