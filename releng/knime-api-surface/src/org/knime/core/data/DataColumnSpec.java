package org.knime.core.data;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/** Compile-only surface of KNIME's {@code DataColumnSpec}; see README. Created with DataColumnSpecCreator. */
public final class DataColumnSpec {

    private DataColumnSpec() {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public List<String> getElementNames() {
        throw new UnsupportedOperationException();
    }

    public DataType getType() {
        throw new UnsupportedOperationException();
    }

    public DataColumnDomain getDomain() {
        throw new UnsupportedOperationException();
    }

    public DataColumnProperties getProperties() {
        throw new UnsupportedOperationException();
    }

    public boolean isCompatibleWith(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException();
    }

    public boolean equalStructure(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object o) {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public String toString() {
        throw new UnsupportedOperationException();
    }

    public void save(final ConfigWO config) {
        throw new UnsupportedOperationException();
    }

    public static DataColumnSpec load(final ConfigRO config) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

}
