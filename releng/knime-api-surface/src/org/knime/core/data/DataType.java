package org.knime.core.data;

import java.util.List;

import javax.swing.Icon;

import org.knime.core.data.convert.map.IdentifiableType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/** Compile-only surface of KNIME's {@code DataType}; see README. */
public final class DataType implements IdentifiableType {

    private DataType() {
        throw new UnsupportedOperationException();
    }

    public static DataType getCommonSuperType(final DataType type1, final DataType type2) {
        throw new UnsupportedOperationException();
    }

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException();
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException();
    }

    public static DataType getType(final Class<? extends DataCell> cellImplementsCollectionDataValue,
        final DataType collectionElementType) {
        throw new UnsupportedOperationException();
    }

    public static DataType getType(final Class<? extends DataCell> cellClass, final DataType collectionElementType,
        final List<Class<? extends DataValue>> adapterList) {
        throw new UnsupportedOperationException();
    }

    public static DataType load(final ConfigRO config) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public boolean isMissingValueType() {
        throw new UnsupportedOperationException();
    }

    public DataType getCollectionElementType() {
        throw new UnsupportedOperationException();
    }

    public boolean isCollectionType() {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object other) {
        throw new UnsupportedOperationException();
    }

    public DataValueComparator getComparator() {
        throw new UnsupportedOperationException();
    }

    public Icon getIcon() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends DataValue> getPreferredValueClass() {
        throw new UnsupportedOperationException();
    }

    public List<Class<? extends DataValue>> getValueClasses() {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public boolean isASuperTypeOf(final DataType type) {
        throw new UnsupportedOperationException();
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException();
    }

    public Class<? extends DataCell> getCellClass() {
        throw new UnsupportedOperationException();
    }

    public void save(final ConfigWO config) {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    public String toPrettyString() {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public String getIdentifier() {
        throw new UnsupportedOperationException();
    }
}
