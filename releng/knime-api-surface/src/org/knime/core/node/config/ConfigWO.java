package org.knime.core.node.config;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.node.config.base.ConfigBaseWO;

/** Compile-only surface of KNIME's {@code ConfigWO}; see README. */
public interface ConfigWO extends ConfigBaseWO {

    Config addConfig(String key);

    public void addDataCell(final String key, final DataCell cell);

    public void addRowKey(final String key, final RowKey rowKey);

    public void addRowKeyArray(final String key, final RowKey... rowKey);

    public void addDataType(final String key, final DataType type);

    public void addDataCellArray(final String key, final DataCell... values);

    public void addDataTypeArray(final String key, final DataType... values);
}
