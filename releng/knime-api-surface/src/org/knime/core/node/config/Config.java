package org.knime.core.node.config;

import java.util.Enumeration;
import java.util.Iterator;
import java.util.Set;

import javax.swing.tree.TreeNode;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code Config}; see README. */
public abstract class Config implements ConfigRO, ConfigWO {

    protected Config(final String key) {
        throw new UnsupportedOperationException();
    }

    public String getKey() {
        throw new UnsupportedOperationException();
    }

    public int getInt(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public double getDouble(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public long getLong(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public String getString(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public Set<String> keySet() {
        throw new UnsupportedOperationException();
    }

    public boolean containsKey(final String key) {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public int getInt(final String key, final int def) {
        throw new UnsupportedOperationException();
    }

    public int[] getIntArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public int[] getIntArray(final String key, final int... def) {
        throw new UnsupportedOperationException();
    }

    public double getDouble(final String key, final double def) {
        throw new UnsupportedOperationException();
    }

    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public double[] getDoubleArray(final String key, final double... def) {
        throw new UnsupportedOperationException();
    }

    public long[] getLongArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public long[] getLongArray(final String key, final long... def) {
        throw new UnsupportedOperationException();
    }

    public long getLong(final String key, final long def) {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(final String key, final boolean def) {
        throw new UnsupportedOperationException();
    }

    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public boolean[] getBooleanArray(final String key, final boolean... def) {
        throw new UnsupportedOperationException();
    }

    public String getString(final String key, final String def) {
        throw new UnsupportedOperationException();
    }

    public String[] getStringArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public String[] getStringArray(final String key, final String... def) {
        throw new UnsupportedOperationException();
    }

    public Iterator<String> iterator() {
        throw new UnsupportedOperationException();
    }

    public void addInt(final String key, final int value) {
        throw new UnsupportedOperationException();
    }

    public void addDouble(final String key, final double value) {
        throw new UnsupportedOperationException();
    }

    public void addLong(final String key, final long value) {
        throw new UnsupportedOperationException();
    }

    public void addString(final String key, final String value) {
        throw new UnsupportedOperationException();
    }

    public void addBoolean(final String key, final boolean value) {
        throw new UnsupportedOperationException();
    }

    public void addIntArray(final String key, final int... values) {
        throw new UnsupportedOperationException();
    }

    public void addDoubleArray(final String key, final double... values) {
        throw new UnsupportedOperationException();
    }

    public void addLongArray(final String key, final long... values) {
        throw new UnsupportedOperationException();
    }

    public void addBooleanArray(final String key, final boolean... values) {
        throw new UnsupportedOperationException();
    }

    public void addStringArray(final String key, final String... values) {
        throw new UnsupportedOperationException();
    }

    public Config getConfig(String key) throws InvalidSettingsException {
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

    public Config addConfig(String key) {
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

    public TreeNode getChildAt(final int childIndex) {
        throw new UnsupportedOperationException();
    }

    public int getChildCount() {
        throw new UnsupportedOperationException();
    }

    public TreeNode getParent() {
        throw new UnsupportedOperationException();
    }

    public int getIndex(final TreeNode node) {
        throw new UnsupportedOperationException();
    }

    public boolean getAllowsChildren() {
        throw new UnsupportedOperationException();
    }

    public boolean isLeaf() {
        throw new UnsupportedOperationException();
    }

    public Enumeration<TreeNode> children() {
        throw new UnsupportedOperationException();
    }
}
