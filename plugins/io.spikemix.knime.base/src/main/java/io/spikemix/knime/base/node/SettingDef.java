package io.spikemix.knime.base.node;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One node setting, declared once and used everywhere it appears: the node model (through a KNIME settings model
 * built from it), the dialog (a component generated from it), the node description (an {@code <option>} named by
 * its {@link #label()}), and the saved test workflows (the {@code model} config keys).
 *
 * <p>Pure Java on purpose: the project lint loads these declarations without a KNIME runtime. Immutable.
 *
 * <p>KNIME saves every settings model under its key plus a sub-config {@code key + "_Internals"} holding the model
 * type id and the enabled flag; {@link #savedKeys()} reports both, so test workflows can be checked key by key.
 */
public final class SettingDef {

    /** Suffix of the sub-config KNIME's {@code SettingsModel.saveSettingsTo} writes next to each value. */
    public static final String INTERNALS_SUFFIX = "_Internals";

    private final String key;
    private final SettingKind kind;
    private final String label;
    private final String description;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final int inputPort;
    private boolean addedLater;

    private SettingDef(String key, SettingKind kind, String label, String description, Object defaultValue,
            double min, double max, List<String> choices, int inputPort) {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("A setting key must be an identifier (letters, digits, '_'). Got '"
                    + key + "' instead.");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Setting '" + key + "' needs a non-empty label.");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Setting '" + key + "' needs a non-empty description.");
        }
        this.key = key;
        this.kind = kind;
        this.label = label;
        this.description = description;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.inputPort = inputPort;
        if (kind != SettingKind.COLUMN_FILTER) {
            String problem = problemWith(defaultValue);
            if (problem != null) {
                throw new IllegalArgumentException("Invalid default of setting '" + key + "': " + problem);
            }
        }
    }

    /** A bounded integer setting; {@code min <= defaultValue <= max}. */
    public static SettingDef integer(String key, String label, int defaultValue, int min, int max, String description) {
        if (min > max) {
            throw new IllegalArgumentException("Setting '" + key + "': min " + min + " > max " + max + ".");
        }
        return new SettingDef(key, SettingKind.INT, label, description, defaultValue, min, max, List.of(), -1);
    }

    /** A bounded double setting; {@code min <= defaultValue <= max}, bounds may be infinite. */
    public static SettingDef real(String key, String label, double defaultValue, double min, double max,
            String description) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("Setting '" + key + "': min " + min + " > max " + max + ".");
        }
        return new SettingDef(key, SettingKind.DOUBLE, label, description, defaultValue, min, max, List.of(), -1);
    }

    /** A free text setting. */
    public static SettingDef string(String key, String label, String defaultValue, String description) {
        return new SettingDef(key, SettingKind.STRING, label, description, Objects.requireNonNull(defaultValue), 0, 0,
                List.of(), -1);
    }

    /** A setting whose value is one of {@code choices} (identifiers saved as strings, e.g. "minmax"). */
    public static SettingDef choice(String key, String label, String defaultValue, List<String> choices,
            String description) {
        if (choices.isEmpty() || new LinkedHashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("Setting '" + key + "' needs distinct, non-empty choices, got "
                    + choices + ".");
        }
        return new SettingDef(key, SettingKind.STRING_CHOICE, label, description, defaultValue, 0, 0,
                List.copyOf(choices), -1);
    }

    /**
     * A local file path, chosen in the dialog with a file chooser offering files with the given extensions (e.g.
     * {@code ".hdr"}); the default is the empty path, which the node model rejects with a message asking for a file.
     */
    public static SettingDef file(String key, String label, List<String> extensions, String description) {
        for (String e : extensions) {
            if (!e.startsWith(".")) {
                throw new IllegalArgumentException("Setting '" + key + "': file extensions start with '.'. Got '" + e
                        + "' instead.");
            }
        }
        return new SettingDef(key, SettingKind.FILE, label, description, "", 0, 0, List.copyOf(extensions), -1);
    }

    /**
     * The name of one column of the table at {@code inputPort} (0-based data port index); {@code defaultValue} is
     * the column the node uses when present (e.g. {@code "cluster"}), or empty.
     */
    public static SettingDef column(String key, String label, int inputPort, String defaultValue,
            String description) {
        if (inputPort < 0) {
            throw new IllegalArgumentException("Setting '" + key + "': input port must be >= 0, got " + inputPort + ".");
        }
        return new SettingDef(key, SettingKind.COLUMN, label, description, Objects.requireNonNull(defaultValue), 0, 0,
                List.of(), inputPort);
    }

    /** A boolean setting (check box). */
    public static SettingDef bool(String key, String label, boolean defaultValue, String description) {
        return new SettingDef(key, SettingKind.BOOLEAN, label, description, defaultValue, 0, 0, List.of(), -1);
    }

    /**
     * A column include/exclude list over the numeric columns of the table at {@code inputPort} (0-based data port
     * index, as the node model counts them).
     */
    public static SettingDef columnFilter(String key, String label, int inputPort, String description) {
        if (inputPort < 0) {
            throw new IllegalArgumentException("Setting '" + key + "': input port must be >= 0, got " + inputPort + ".");
        }
        return new SettingDef(key, SettingKind.COLUMN_FILTER, label, description, null, 0, 0, List.of(), inputPort);
    }

    public String key() {
        return key;
    }

    /**
     * This setting, marked as added after the node's first release: workflows saved before it lack its key, and the
     * node model then keeps the default instead of refusing the settings (the web dialog's
     * {@code @LoadDefaultsForAbsentFields} does the same). Call once, on the declaration's constant.
     */
    public SettingDef addedLater() {
        addedLater = true;
        return this;
    }

    /** Whether saved settings may lack this setting (see {@link #addedLater()}). */
    public boolean isAddedLater() {
        return addedLater;
    }

    public SettingKind kind() {
        return kind;
    }

    /** The name shown in the dialog and used as the {@code name} of the node description's option. */
    public String label() {
        return label;
    }

    /** Plain-text description of what the setting does, its default and its valid range. */
    public String description() {
        return description;
    }

    /** Integer, Double, String or Boolean default, by kind; null for a column filter. */
    public Object defaultValue() {
        return defaultValue;
    }

    public int defaultInt() {
        return (Integer) requireKind(SettingKind.INT).defaultValue;
    }

    public double defaultDouble() {
        return (Double) requireKind(SettingKind.DOUBLE).defaultValue;
    }

    public String defaultString() {
        if (kind != SettingKind.STRING && kind != SettingKind.STRING_CHOICE && kind != SettingKind.FILE
                && kind != SettingKind.COLUMN) {
            throw new IllegalStateException("Setting '" + key + "' is " + kind + ", not a string.");
        }
        return (String) defaultValue;
    }

    public boolean defaultBoolean() {
        return (Boolean) requireKind(SettingKind.BOOLEAN).defaultValue;
    }

    /** Lower bound of a numeric setting. */
    public double min() {
        return min;
    }

    /** Upper bound of a numeric setting. */
    public double max() {
        return max;
    }

    /** The allowed values of a {@link SettingKind#STRING_CHOICE} setting, empty for other kinds. */
    public List<String> choices() {
        return kind == SettingKind.STRING_CHOICE ? choices : List.of();
    }

    /** The file extensions a {@link SettingKind#FILE} setting offers (with the dot), empty for other kinds. */
    public List<String> fileExtensions() {
        return kind == SettingKind.FILE ? choices : List.of();
    }

    /** The data port whose columns a column filter or column selection offers; -1 for other kinds. */
    public int inputPort() {
        return inputPort;
    }

    /** The keys KNIME writes for this setting at the top level of the node's {@code model} config. */
    public Set<String> savedKeys() {
        return Set.of(key, key + INTERNALS_SUFFIX);
    }

    /**
     * Checks a value of this setting.
     *
     * @throws IllegalArgumentException naming the setting, the allowed values and the value received
     */
    public void check(Object value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private String problemWith(Object value) {
        String name = "The '" + label + "' setting";
        switch (kind) {
            case INT:
                if (!(value instanceof Integer)) {
                    return name + " must be an integer. Got " + describe(value) + " instead.";
                }
                int i = (Integer) value;
                if (i < min || i > max) {
                    return name + " must be in [" + (long) min + ", " + (long) max + "]. Got " + i + " instead.";
                }
                return null;
            case DOUBLE:
                if (!(value instanceof Double)) {
                    return name + " must be a number. Got " + describe(value) + " instead.";
                }
                double d = (Double) value;
                if (Double.isNaN(d) || d < min || d > max) {
                    return name + " must be in [" + min + ", " + max + "]. Got " + d + " instead.";
                }
                return null;
            case STRING:
            case FILE:
            case COLUMN:
                return value instanceof String ? null : name + " must be a text. Got " + describe(value) + " instead.";
            case STRING_CHOICE:
                if (!(value instanceof String) || !choices.contains(value)) {
                    return name + " must be one of " + String.join(", ", choices) + ". Got " + describe(value)
                            + " instead.";
                }
                return null;
            case BOOLEAN:
                return value instanceof Boolean ? null
                        : name + " must be true or false. Got " + describe(value) + " instead.";
            default:
                return null;
        }
    }

    private static String describe(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    private SettingDef requireKind(SettingKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("Setting '" + key + "' is " + kind + ", not " + expected + ".");
        }
        return this;
    }

    @Override
    public String toString() {
        return "SettingDef[" + key + ", " + kind.name().toLowerCase(Locale.ROOT) + ", '" + label + "']";
    }
}
