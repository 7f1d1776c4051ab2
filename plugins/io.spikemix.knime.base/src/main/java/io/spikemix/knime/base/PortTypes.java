package io.spikemix.knime.base;

import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

import io.spikemix.knime.base.node.PortDef;

/** KNIME port types for the ports of a node declaration. */
public final class PortTypes {

    private PortTypes() {
    }

    /**
     * One port type per port: {@link BufferedDataTable#TYPE} for tables ({@link BufferedDataTable#TYPE_OPTIONAL}
     * for optional ones), the registered type of the matching class among {@code objectClasses} for port objects
     * (KNIME's own, such as {@code ImagePortObject}, or ours).
     *
     * @throws IllegalArgumentException when a port names a class not given in {@code objectClasses}
     */
    @SafeVarargs
    public static PortType[] of(List<PortDef> ports, Class<? extends PortObject>... objectClasses) {
        PortType[] types = new PortType[ports.size()];
        for (int i = 0; i < types.length; i++) {
            PortDef p = ports.get(i);
            if (p.isTable()) {
                types[i] = p.isOptional() ? BufferedDataTable.TYPE_OPTIONAL : BufferedDataTable.TYPE;
                continue;
            }
            for (Class<? extends PortObject> c : objectClasses) {
                if (c.getName().equals(p.type())) {
                    types[i] = PortTypeRegistry.getInstance().getPortType(c, p.isOptional());
                }
            }
            if (types[i] == null) {
                throw new IllegalArgumentException("Port '" + p.name() + "' carries " + p.type()
                        + ", which was not passed to PortTypes.of.");
            }
        }
        return types;
    }
}
