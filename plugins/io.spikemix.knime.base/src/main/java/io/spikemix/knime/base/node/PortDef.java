package io.spikemix.knime.base.node;

import java.util.Objects;

/**
 * One input or output port of a node: its name (as in the node description) and what travels on it, either a
 * data table or a port object class named by its fully qualified name.
 *
 * <p>Pure Java so that the project lint can compare the ports a node model is built with against the
 * {@code inPort}/{@code outPort} elements of its description without loading KNIME. Immutable.
 */
public final class PortDef {

    /** The {@link #type()} of a data table port. */
    public static final String TABLE = "table";

    private final String name;
    private final String type;
    private final String description;
    private final boolean optional;

    private PortDef(String name, String type, String description, boolean optional) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A port needs a non-empty name.");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.description = Objects.requireNonNull(description, "description");
        this.optional = optional;
    }

    /** A data table port. */
    public static PortDef table(String name, String description) {
        return new PortDef(name, TABLE, description, false);
    }

    /** A data table input port that may be left unconnected. */
    public static PortDef optionalTable(String name, String description) {
        return new PortDef(name, TABLE, description, true);
    }

    /** A port carrying objects of the given port object class (fully qualified name). */
    public static PortDef object(String name, String portObjectClassName, String description) {
        return new PortDef(name, portObjectClassName, description, false);
    }

    /**
     * An input port carrying objects of the given port object class (fully qualified name) that may be left
     * unconnected; KNIME gives it the optional variant of the registered port type.
     */
    public static PortDef optionalObject(String name, String portObjectClassName, String description) {
        if (TABLE.equals(portObjectClassName)) {
            throw new IllegalArgumentException("Port '" + name + "' is a table; declare it with optionalTable.");
        }
        return new PortDef(name, portObjectClassName, description, true);
    }

    public String name() {
        return name;
    }

    /** {@link #TABLE} or the fully qualified port object class name. */
    public String type() {
        return type;
    }

    public boolean isTable() {
        return TABLE.equals(type);
    }

    /** Whether an input port may be left unconnected (the node model then receives null). */
    public boolean isOptional() {
        return optional;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "PortDef[" + name + ", " + type + (optional ? ", optional" : "") + "]";
    }
}
