package org.knime.core.node.port;

import java.util.zip.ZipOutputStream;

/** Compile-only surface of KNIME's {@code PortObjectSpecZipOutputStream} (type only); see README. */
public class PortObjectSpecZipOutputStream extends ZipOutputStream {

    private PortObjectSpecZipOutputStream() {
        super(null);
        throw new UnsupportedOperationException();
    }
}
