package org.knime.core.node.port;

import java.util.zip.ZipInputStream;

/** Compile-only surface of KNIME's {@code PortObjectZipInputStream} (type only); see README. */
public class PortObjectZipInputStream extends ZipInputStream {

    private PortObjectZipInputStream() {
        super(null);
        throw new UnsupportedOperationException();
    }
}
