package org.knime.core.node;

import java.util.function.Supplier;

/** Compile-only surface of KNIME's {@code NodeLogger}; see README. */
public final class NodeLogger {

    /** Logging levels (constants are not part of this surface). */
    public enum LEVEL {
    }

    private NodeLogger() {
        throw new UnsupportedOperationException();
    }

    public static NodeLogger getLogger(final Class<?> c) {
        throw new UnsupportedOperationException();
    }

    public static NodeLogger getLogger(final String s) {
        throw new UnsupportedOperationException();
    }

    public void warn(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void warn(final Throwable thrw) {
        throw new UnsupportedOperationException();
    }

    public void warn(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void warn(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void warn(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void debug(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void debug(final Throwable thrw) {
        throw new UnsupportedOperationException();
    }

    public void debug(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void debug(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void debug(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void info(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void info(final Throwable thrw) {
        throw new UnsupportedOperationException();
    }

    public void info(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void info(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void info(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void error(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void error(final Throwable thrw) {
        throw new UnsupportedOperationException();
    }

    public void error(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void error(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void error(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void fatal(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void fatal(final Throwable thrw) {
        throw new UnsupportedOperationException();
    }

    public void fatal(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void fatal(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void fatal(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void coding(final Object o) {
        throw new UnsupportedOperationException();
    }

    public void coding(final Supplier<Object> supplier) {
        throw new UnsupportedOperationException();
    }

    public void coding(final Object o, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void coding(final Supplier<Object> supplier, final Throwable t) {
        throw new UnsupportedOperationException();
    }

    public void warnWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public void debugWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public void infoWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public void errorWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public void fatalWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public void codingWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException();
    }

    public LEVEL getLevel() {
        throw new UnsupportedOperationException();
    }

    public boolean isDebugEnabled() {
        throw new UnsupportedOperationException();
    }

    public boolean isInfoEnabled() {
        throw new UnsupportedOperationException();
    }

    public boolean isEnabledFor(final LEVEL level) {
        throw new UnsupportedOperationException();
    }
}
