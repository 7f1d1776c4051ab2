package org.knime.core.data;

/** Compile-only surface of KNIME's {@code DataCellFactory} and its nested kinds (types only); see README. */
public interface DataCellFactory {

    /** Factory creating cells from a string. */
    public interface FromString extends DataCellFactory {
    }

    /** Factory creating cells from a simple string. */
    public interface FromSimpleString extends FromString {
    }

    /** Factory creating cells from a complex string. */
    public interface FromComplexString extends FromString {
    }

    /** Factory creating cells from a reader. */
    public interface FromReader extends DataCellFactory {
    }

    /** Factory creating cells from an input stream. */
    public interface FromInputStream extends DataCellFactory {
    }
}
