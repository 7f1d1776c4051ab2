package org.knime.core.node.port;

import java.util.Collection;
import java.util.Optional;

/** Compile-only surface of KNIME's {@code PortTypeRegistry}; see README. */
public final class PortTypeRegistry {

    private PortTypeRegistry() {
        throw new UnsupportedOperationException();
    }

    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException();
    }

    public synchronized Collection<PortType> availablePortTypes() {
        throw new UnsupportedOperationException();
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        throw new UnsupportedOperationException();
    }

    public synchronized PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
        throw new UnsupportedOperationException();
    }

    public Optional<Class<? extends PortObject>> getObjectClass(final String className) {
        throw new UnsupportedOperationException();
    }

    public Optional<Class<? extends PortObjectSpec>> getSpecClass(final String className) {
        throw new UnsupportedOperationException();
    }

}
