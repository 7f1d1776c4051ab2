package io.spikemix.knime.base.node;

/**
 * Read access to the current values of a node's declared settings. The node model reads them from its KNIME
 * settings models ({@code SettingsModels}); unit tests and pure-Java mappings (settings → engine options) use
 * {@link DeclaredValues}, so the mapping can be tested without KNIME.
 */
public interface SettingValues {

    int getInt(SettingDef setting);

    double getDouble(SettingDef setting);

    /** The value of a text, choice, file or column setting. */
    String getString(SettingDef setting);

    boolean getBoolean(SettingDef setting);
}
