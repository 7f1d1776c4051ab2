package org.knime.core.node;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javax.swing.ImageIcon;

/**
 * Compile-only surface of a selection of KNIME's {@code KNIMEConstants}; see README. The version fields are not
 * compile-time constants in KNIME either; their values are set when the class is initialised.
 */
public final class KNIMEConstants {

    public static final int MAJOR;

    public static final int MINOR;

    public static final int REV;

    public static final String BUILD;

    public static final String VERSION;

    public static final String BUILD_DATE;

    public static final boolean ASSERTIONS_ENABLED;

    static {
        MAJOR = unsupported();
        MINOR = unsupported();
        REV = unsupported();
        BUILD = null;
        VERSION = null;
        BUILD_DATE = null;
        ASSERTIONS_ENABLED = false;
    }

    private KNIMEConstants() {
        throw new UnsupportedOperationException();
    }

    private static int unsupported() {
        throw new UnsupportedOperationException();
    }

    public static final String getKNIMEHomeDir() {
        throw new UnsupportedOperationException();
    }

    public static final String getKNIMETempDir() {
        throw new UnsupportedOperationException();
    }

    public static Path getKNIMETempPath() {
        throw new UnsupportedOperationException();
    }

    public static final void setKNIMETempDir(final File dir) {
        throw new UnsupportedOperationException();
    }

    public static Optional<ImageIcon> getKNIMEIcon16X16() {
        throw new UnsupportedOperationException();
    }

    public static boolean isNightlyBuild() {
        throw new UnsupportedOperationException();
    }
}
