package io.spikemix.knime.base.node;

/**
 * The kinds of node setting SpikeMix declares, each tied to one KNIME settings model and one dialog component.
 *
 * <p>The model type id and the entry type are what KNIME's {@code SettingsModel.saveSettingsTo} writes for the
 * corresponding settings model; the project lint compares them with the {@code model} config of saved test
 * workflows.
 */
public enum SettingKind {
    /** A bounded int: {@code SettingsModelIntegerBounded}, entry type {@code xint}. */
    INT("SMID_integer", "xint"),
    /** A bounded double: {@code SettingsModelDoubleBounded}, entry type {@code xdouble}. */
    DOUBLE("SMID_double", "xdouble"),
    /** Free text: {@code SettingsModelString}, entry type {@code xstring}. */
    STRING("SMID_string", "xstring"),
    /** One of a fixed list of identifiers: {@code SettingsModelString}, entry type {@code xstring}. */
    STRING_CHOICE("SMID_string", "xstring"),
    /** A check box: {@code SettingsModelBoolean}, entry type {@code xboolean}. */
    BOOLEAN("SMID_boolean", "xboolean"),
    /** A local file path chosen with a file chooser: {@code SettingsModelString}, entry type {@code xstring}. */
    FILE("SMID_string", "xstring"),
    /** One column of an input table, by name: {@code SettingsModelString}, entry type {@code xstring}. */
    COLUMN("SMID_string", "xstring"),
    /** A column include/exclude list: {@code SettingsModelColumnFilter2}, saved as a sub-config. */
    COLUMN_FILTER("SMID_columnfilter", null);

    private final String settingsModelId;
    private final String entryType;

    SettingKind(String settingsModelId, String entryType) {
        this.settingsModelId = settingsModelId;
        this.entryType = entryType;
    }

    /** The {@code SettingsModelID} KNIME writes into the {@code <key>_Internals} config. */
    public String settingsModelId() {
        return settingsModelId;
    }

    /** The XML entry type of the saved value, or null when the value is saved as a config (column filter). */
    public String entryType() {
        return entryType;
    }
}
