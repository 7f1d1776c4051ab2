package org.knime.core.data;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.port.PortObjectSpec;

/** Compile-only surface of KNIME's {@code DataTableSpec}; see README. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    public int[] columnsToIndices(final String... columns) {
        throw new UnsupportedOperationException();
    }

    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        throw new UnsupportedOperationException();
    }

    public static DataTableSpec load(final ConfigRO config) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void verifyIndices(final int... indices) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec() {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final String name) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        throw new UnsupportedOperationException();
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        throw new UnsupportedOperationException();
    }

    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException();
    }

    public boolean containsName(final String columnName) {
        throw new UnsupportedOperationException();
    }

    public boolean isCompatibleWith(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public boolean equalStructure(final DataTableSpec spec) {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object obj) {
        throw new UnsupportedOperationException();
    }

    public Map<String, String> getProperties() {
        throw new UnsupportedOperationException();
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException();
    }

    public final String[] getColumnNames() {
        throw new UnsupportedOperationException();
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException();
    }

    public DataColumnSpec getColumnSpec(final String column) {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException();
    }

    public Stream<DataColumnSpec> stream() {
        throw new UnsupportedOperationException();
    }

    public void save(final ConfigWO config) {
        throw new UnsupportedOperationException();
    }

    public static DataTableSpec mergeDataTableSpecs(final DataTableSpec... specs) {
        throw new UnsupportedOperationException();
    }

    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    public JComponent[] getViews() {
        throw new UnsupportedOperationException();
    }

}
