package io.spikemix.knime.base.node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Everything about a node that exists once and is shared by its model, dialog, description and test workflows:
 * the node name, its settings and its ports.
 *
 * <p>Each SpikeMix node has a class {@code <Name>Settings} next to its {@code <Name>NodeFactory} with a public
 * static field {@code DECLARATION} of this type; the project lint finds it by that convention. Pure Java and
 * immutable.
 */
public final class NodeDeclaration {

    private final String name;
    private final List<SettingDef> settings;
    private final List<PortDef> inPorts;
    private final List<PortDef> outPorts;

    private NodeDeclaration(String name, List<SettingDef> settings, List<PortDef> inPorts, List<PortDef> outPorts) {
        this.name = name;
        this.settings = List.copyOf(settings);
        this.inPorts = List.copyOf(inPorts);
        this.outPorts = List.copyOf(outPorts);
        Set<String> keys = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (SettingDef s : settings) {
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException("Node '" + name + "' declares setting key '" + s.key() + "' twice.");
            }
            if (!labels.add(s.label())) {
                throw new IllegalArgumentException("Node '" + name + "' declares setting label '" + s.label()
                        + "' twice; labels name the options of the node description and must be unique.");
            }
            if ((s.kind() == SettingKind.COLUMN_FILTER || s.kind() == SettingKind.COLUMN)
                    && (s.inputPort() >= inPorts.size() || !inPorts.get(s.inputPort()).isTable())) {
                throw new IllegalArgumentException("Setting '" + s.key() + "' of node '" + name
                        + "' selects columns of input port " + s.inputPort() + ", which is not a table port.");
            }
        }
    }

    /** Starts a declaration for the node called {@code name} (as shown in the node repository). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<SettingDef> settings() {
        return settings;
    }

    public List<PortDef> inPorts() {
        return inPorts;
    }

    public List<PortDef> outPorts() {
        return outPorts;
    }

    /** The setting with the given key. */
    public SettingDef setting(String key) {
        for (SettingDef s : settings) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new NoSuchElementException("Node '" + name + "' has no setting '" + key + "'.");
    }

    /** All keys the node model reads from (and writes to) the top level of its {@code model} settings. */
    public Set<String> savedKeys() {
        Set<String> keys = new HashSet<>();
        for (SettingDef s : settings) {
            keys.addAll(s.savedKeys());
        }
        return keys;
    }

    /** Collects settings and ports in order. */
    public static final class Builder {
        private final String name;
        private final List<SettingDef> settings = new ArrayList<>();
        private final List<PortDef> in = new ArrayList<>();
        private final List<PortDef> out = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A node needs a non-empty name.");
            }
            this.name = name;
        }

        public Builder setting(SettingDef s) {
            settings.add(s);
            return this;
        }

        public Builder inPort(PortDef p) {
            in.add(p);
            return this;
        }

        public Builder outPort(PortDef p) {
            out.add(p);
            return this;
        }

        public NodeDeclaration build() {
            return new NodeDeclaration(name, settings, in, out);
        }
    }
}
