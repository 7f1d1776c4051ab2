package org.knime.core.node.defaultnodesettings;

/**
 * Compile-only surface of KNIME's {@code SettingsModelNumber}; see README. Its package-private abstract methods
 * keep it from being subclassed outside this package, as in KNIME.
 */
public abstract class SettingsModelNumber extends SettingsModel {

    abstract String getNumberValueStr();

    abstract void setNumberValueStr(final String newValueStr);
}
