package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataType;

/** Compile-only surface of KNIME's {@code PNGImageCellFactory}; see README. */
public class PNGImageCellFactory implements FromInputStream {

    public static final DataType TYPE = null;

    public DataType getDataType() {
        throw new UnsupportedOperationException();
    }

    public DataCell createCell(final InputStream input) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static DataCell create(final InputStream is) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static DataCell create(final byte[] contents) {
        throw new UnsupportedOperationException();
    }

}
