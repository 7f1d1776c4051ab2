package org.knime.core.node.port;

import java.util.zip.ZipOutputStream;

/** Compile-only surface of KNIME's {@code PortObjectZipOutputStream} (type only); see README. */
public class PortObjectZipOutputStream extends ZipOutputStream {

    private PortObjectZipOutputStream() {
        super(null);
        throw new UnsupportedOperationException();
    }
}
