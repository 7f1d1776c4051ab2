package org.knime.core.node.port;

/** Compile-only surface of KNIME's {@code PortType}; see README. Obtained from PortTypeRegistry. */
public final class PortType {

    private PortType() {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        throw new UnsupportedOperationException();
    }

    public Class<? extends PortObject> getPortObjectClass() {
        throw new UnsupportedOperationException();
    }

    public boolean isOptional() {
        throw new UnsupportedOperationException();
    }

    public boolean isSuperTypeOf(final PortType subType) {
        throw new UnsupportedOperationException();
    }

    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        throw new UnsupportedOperationException();
    }

    public boolean acceptsPortObjectClass(final Class<? extends PortObject> portObjectClass) {
        throw new UnsupportedOperationException();
    }

    public boolean acceptsPortObject(final PortObject obj) {
        throw new UnsupportedOperationException();
    }

    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(
        final Class<? extends PortObject> objectClass) {
        throw new UnsupportedOperationException();
    }

}
