package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/** Compile-only surface of KNIME's {@code PNGImageContent}; see README. */
public class PNGImageContent implements ImageContent {

    public static final DataType TYPE = null;

    public PNGImageContent() {
        throw new UnsupportedOperationException();
    }

    public PNGImageContent(final byte[] imageBytes) {
        throw new UnsupportedOperationException();
    }

    public PNGImageContent(final InputStream is) throws IOException {
        throw new UnsupportedOperationException();
    }

    public byte[] getByteArrayReference() {
        throw new UnsupportedOperationException();
    }

    public byte[] getByteArray() {
        throw new UnsupportedOperationException();
    }

    public Image getImage() {
        throw new UnsupportedOperationException();
    }

    public void paint(final Graphics2D g, final int width, final int height) {
        throw new UnsupportedOperationException();
    }

    public void save(final OutputStream output) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void serialize(final DataCellDataOutput output) throws IOException {
        throw new UnsupportedOperationException();
    }

    public DataCell toImageCell() {
        throw new UnsupportedOperationException();
    }

    public Dimension getPreferredSize() {
        throw new UnsupportedOperationException();
    }

    public String getSummary() {
        throw new UnsupportedOperationException();
    }

    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    public boolean equals(final Object o) {
        throw new UnsupportedOperationException();
    }

}
