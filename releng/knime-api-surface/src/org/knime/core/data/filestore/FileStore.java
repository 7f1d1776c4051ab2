package org.knime.core.data.filestore;

/** Compile-only surface of KNIME's {@code FileStore} (type only); see README. */
public class FileStore {

    private FileStore() {
        throw new UnsupportedOperationException();
    }
}
