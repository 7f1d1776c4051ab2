package org.knime.core.data;

import java.io.DataOutput;

/** Compile-only surface of KNIME's {@code DataCellDataOutput} (type only); see README. */
public interface DataCellDataOutput extends DataOutput {
}
