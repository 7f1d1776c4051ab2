package org.knime.core.data.filestore;

/** Compile-only surface of KNIME's {@code FileStore} (type only); see README. */
public final class FileStore {

    private FileStore() {
        throw new UnsupportedOperationException();
    }
}
