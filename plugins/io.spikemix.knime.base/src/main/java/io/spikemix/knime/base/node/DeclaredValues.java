package io.spikemix.knime.base.node;

import java.util.HashMap;
import java.util.Map;

/**
 * Setting values held in plain Java: every setting of a declaration at its default, with individual values
 * replaced through {@link #with}. Each value is checked with {@link SettingDef#check(Object)} when it is set, so an
 * invalid value fails with the same message the node dialog would give. Immutable.
 */
public final class DeclaredValues implements SettingValues {

    private final NodeDeclaration declaration;
    private final Map<String, Object> values;

    private DeclaredValues(NodeDeclaration declaration, Map<String, Object> values) {
        this.declaration = declaration;
        this.values = values;
    }

    /** The defaults of every setting of {@code declaration}. */
    public static DeclaredValues defaults(NodeDeclaration declaration) {
        Map<String, Object> v = new HashMap<>();
        for (SettingDef d : declaration.settings()) {
            v.put(d.key(), d.defaultValue());
        }
        return new DeclaredValues(declaration, v);
    }

    /**
     * These values with {@code setting} set to {@code value} (Integer, Double, String or Boolean by kind).
     *
     * @throws IllegalArgumentException if the setting is not declared or the value is invalid for it
     */
    public DeclaredValues with(SettingDef setting, Object value) {
        SettingDef declared = declaration.setting(setting.key());
        declared.check(value);
        Map<String, Object> v = new HashMap<>(values);
        v.put(setting.key(), value);
        return new DeclaredValues(declaration, v);
    }

    @Override
    public int getInt(SettingDef setting) {
        return (Integer) value(setting, SettingKind.INT);
    }

    @Override
    public double getDouble(SettingDef setting) {
        return (Double) value(setting, SettingKind.DOUBLE);
    }

    @Override
    public String getString(SettingDef setting) {
        return (String) value(setting, null);
    }

    @Override
    public boolean getBoolean(SettingDef setting) {
        return (Boolean) value(setting, SettingKind.BOOLEAN);
    }

    private Object value(SettingDef setting, SettingKind kind) {
        SettingDef declared = declaration.setting(setting.key());
        if (kind != null && declared.kind() != kind) {
            throw new IllegalStateException("Setting '" + setting.key() + "' is " + declared.kind() + ", not " + kind
                    + ".");
        }
        return values.get(setting.key());
    }
}
