package org.knime.core.node.port;

import java.util.zip.ZipInputStream;

/** Compile-only surface of KNIME's {@code PortObjectSpecZipInputStream} (type only); see README. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    private PortObjectSpecZipInputStream() {
        super(null);
        throw new UnsupportedOperationException();
    }
}
