package io.spikemix.knime.base.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.node.SettingValues;

/**
 * The KNIME settings models of one node, built from its {@link NodeDeclaration}: the node model keeps one instance
 * and delegates {@code saveSettingsTo}, {@code validateSettings} and {@code loadValidatedSettingsFrom} to it. The
 * web dialog ({@code <Name>Parameters}) persists to the same keys, which the extension lint checks against the
 * declaration together with the test workflows, so the keys cannot drift apart.
 *
 * <p>Validation runs the KNIME model's own checks (bounds) and then {@link SettingDef#check(Object)}, whose
 * messages name the setting by its dialog label, the allowed values and the value received.
 */
public final class SettingsModels implements SettingValues {

    private final NodeDeclaration declaration;
    private final Map<String, SettingsModel> models = new LinkedHashMap<>();

    private SettingsModels(NodeDeclaration declaration) {
        this.declaration = declaration;
        for (SettingDef d : declaration.settings()) {
            models.put(d.key(), create(d));
        }
    }

    /** Fresh settings models, at their defaults, for every setting of {@code declaration}. */
    public static SettingsModels of(NodeDeclaration declaration) {
        return new SettingsModels(declaration);
    }

    /** The KNIME settings model for one setting, at its default. */
    @SuppressWarnings("unchecked")
    public static SettingsModel create(SettingDef d) {
        switch (d.kind()) {
            case INT:
                return new SettingsModelIntegerBounded(d.key(), d.defaultInt(), (int) d.min(), (int) d.max());
            case DOUBLE:
                return new SettingsModelDoubleBounded(d.key(), d.defaultDouble(), d.min(), d.max());
            case STRING:
            case STRING_CHOICE:
            case FILE:
            case COLUMN:
                return new SettingsModelString(d.key(), d.defaultString());
            case BOOLEAN:
                return new SettingsModelBoolean(d.key(), d.defaultBoolean());
            case COLUMN_FILTER:
                return new SettingsModelColumnFilter2(d.key(), DoubleValue.class);
            default:
                throw new IllegalArgumentException("unknown setting kind " + d.kind());
        }
    }

    public NodeDeclaration declaration() {
        return declaration;
    }

    /** Writes every setting (value plus KNIME's {@code _Internals} sub-config). */
    public void saveSettingsTo(NodeSettingsWO settings) {
        for (SettingsModel m : models.values()) {
            m.saveSettingsTo(settings);
        }
    }

    /** Checks every setting in {@code settings} without changing the current values. */
    public void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingDef d : declaration.settings()) {
            if (absentButAddedLater(d, settings)) {
                continue;
            }
            models.get(d.key()).validateSettings(settings);
            Object value;
            switch (d.kind()) {
                case INT:
                    value = settings.getInt(d.key());
                    break;
                case DOUBLE:
                    value = settings.getDouble(d.key());
                    break;
                case STRING:
                case STRING_CHOICE:
                case FILE:
                case COLUMN:
                    value = settings.getString(d.key());
                    break;
                case BOOLEAN:
                    value = settings.getBoolean(d.key());
                    break;
                default:
                    continue;
            }
            try {
                d.check(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
        }
    }

    /** Loads settings that passed {@link #validateSettings(NodeSettingsRO)}. */
    public void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingDef d : declaration.settings()) {
            if (!absentButAddedLater(d, settings)) {
                models.get(d.key()).loadSettingsFrom(settings);
            }
        }
    }

    /** A setting added after workflows were saved without it keeps its default when its key is absent. */
    private static boolean absentButAddedLater(SettingDef d, NodeSettingsRO settings) {
        return d.isAddedLater() && !settings.containsKey(d.key());
    }

    @Override
    public int getInt(SettingDef d) {
        return model(d, SettingsModelIntegerBounded.class).getIntValue();
    }

    @Override
    public double getDouble(SettingDef d) {
        return model(d, SettingsModelDoubleBounded.class).getDoubleValue();
    }

    @Override
    public String getString(SettingDef d) {
        return model(d, SettingsModelString.class).getStringValue();
    }

    @Override
    public boolean getBoolean(SettingDef d) {
        return model(d, SettingsModelBoolean.class).getBooleanValue();
    }

    /** The column filter model, to apply to an input spec. */
    public SettingsModelColumnFilter2 columnFilter(SettingDef d) {
        return model(d, SettingsModelColumnFilter2.class);
    }

    private <T extends SettingsModel> T model(SettingDef d, Class<T> type) {
        SettingsModel m = models.get(d.key());
        if (m == null) {
            throw new IllegalArgumentException("Setting '" + d.key() + "' is not declared by node '"
                    + declaration.name() + "'.");
        }
        return type.cast(m);
    }
}
