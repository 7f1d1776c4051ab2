package org.knime.core.node.config;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/** Compile-only surface of KNIME's {@code Config}; see README. */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    protected Config(final String key) {
        super(key);
        throw new UnsupportedOperationException();
    }

    public final Config getConfig(String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public DataCell getDataCell(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public RowKey getRowKey(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public RowKey[] getRowKeyArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public DataType getDataType(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public DataCell getDataCell(final String key, final DataCell def) {
        throw new UnsupportedOperationException();
    }

    public RowKey getRowKey(final String key, final RowKey def) {
        throw new UnsupportedOperationException();
    }

    public RowKey[] getRowKeyArray(final String key, final RowKey... def) {
        throw new UnsupportedOperationException();
    }

    public DataType getDataType(final String key, final DataType def) {
        throw new UnsupportedOperationException();
    }

    public DataCell[] getDataCellArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public DataCell[] getDataCellArray(final String key, final DataCell... def) {
        throw new UnsupportedOperationException();
    }

    public DataType[] getDataTypeArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public DataType[] getDataTypeArray(final String key, final DataType... v) {
        throw new UnsupportedOperationException();
    }

    public final Config addConfig(String key) {
        throw new UnsupportedOperationException();
    }

    public void addDataCell(final String key, final DataCell cell) {
        throw new UnsupportedOperationException();
    }

    public void addRowKey(final String key, final RowKey rowKey) {
        throw new UnsupportedOperationException();
    }

    public void addRowKeyArray(final String key, final RowKey... rowKey) {
        throw new UnsupportedOperationException();
    }

    public void addDataType(final String key, final DataType type) {
        throw new UnsupportedOperationException();
    }

    public void addDataCellArray(final String key, final DataCell... values) {
        throw new UnsupportedOperationException();
    }

    public void addDataTypeArray(final String key, final DataType... values) {
        throw new UnsupportedOperationException();
    }
}
