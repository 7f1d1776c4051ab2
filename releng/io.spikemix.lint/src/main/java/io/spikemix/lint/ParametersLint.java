package io.spikemix.lint;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Checks a node's web dialog parameters class ({@code <Name>Parameters}) against its classic settings declaration
 * and its node description, and loads saved settings through it, all without a KNIME runtime: the annotations
 * are read by reflection, and the class is instantiated only through its no-arg constructor (field initialisers),
 * which touches no KNIME code but {@code ColumnFilter()}.
 *
 * <p>KNIME's persistence rules modelled here (knime-webui-facts §4.1–4.2): a field is saved under
 * {@code @Persist(configKey)} or its name without {@code m_}; int, double, boolean and String fields as entries of
 * their type; enums as {@code name()}; a {@code ColumnFilter} with the legacy column filter persistor as the classic
 * column filter config under the persistor's key. Only these are used by SpikeMix's parameters, and the lint refuses
 * any other field type, so the model stays complete.
 */
final class ParametersLint {

    private static final String PKG = "org.knime.node.parameters.";
    private static final Pattern OPTION = Pattern.compile("<option name=\"([^\"]*)\">(.*?)</option>", Pattern.DOTALL);

    private final Class<?> parameters;
    private final NodeDeclaration declaration;

    ParametersLint(Class<?> parameters, NodeDeclaration declaration) {
        this.parameters = parameters;
        this.declaration = declaration;
    }

    /** The persisted fields in declaration order (KNIME shows widgets in this order, and the lint requires it). */
    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (Field f : parameters.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                out.add(f);
            }
        }
        return out;
    }

    /** The settings key a field persists to. */
    String key(Field f) {
        Annotation persistor = annotation(f, PKG + "persistence.Persistor");
        if (persistor != null) {
            Class<?> c = (Class<?>) value(persistor, "value");
            try {
                return (String) c.getField("KEY").get(null);
            } catch (ReflectiveOperationException e) {
                return "<persistor " + c.getSimpleName() + " declares no KEY>";
            }
        }
        Annotation persist = annotation(f, PKG + "persistence.Persist");
        String key = persist == null ? "" : (String) value(persist, "configKey");
        return key.isEmpty() ? f.getName().replaceFirst("^m_", "") : key;
    }

    /**
     * Problems: a parameters class that is not a {@code NodeParameters}, a declared setting without a field (or
     * with two), a field no setting declares, a field whose title, type, default, choices or bounds differ from
     * the declaration, and widgets whose titles and descriptions differ from the node description's options, in
     * order and text.
     */
    List<String> check(Path description) {
        List<String> problems = new ArrayList<>();
        String name = parameters.getName();
        if (!implementsByName(parameters, PKG + "NodeParameters")) {
            problems.add(name + " does not implement NodeParameters");
        }
        if (annotation(parameters, PKG + "migration.LoadDefaultsForAbsentFields") == null) {
            problems.add(name + " lacks @LoadDefaultsForAbsentFields (settings added later must load old workflows)");
        }
        Object defaults;
        try {
            Constructor<?> c = parameters.getDeclaredConstructor();
            c.setAccessible(true);
            defaults = c.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            problems.add(name + ": the no-arg constructor fails: " + e);
            return problems;
        }
        Map<String, Field> byKey = new LinkedHashMap<>();
        for (Field f : fields()) {
            if (byKey.put(key(f), f) != null) {
                problems.add(name + ": two fields persist to '" + key(f) + "'");
            }
        }
        for (SettingDef d : declaration.settings()) {
            Field f = byKey.remove(d.key());
            if (f == null) {
                problems.add(name + ": no field persists to '" + d.key() + "' (setting '" + d.label() + "')");
                continue;
            }
            problems.addAll(checkField(f, d, defaults));
        }
        for (String k : byKey.keySet()) {
            problems.add(name + ": field persisting to '" + k + "' is not declared in the node's settings");
        }
        problems.addAll(checkDescription(description));
        return problems;
    }

    private List<String> checkField(Field f, SettingDef d, Object defaults) {
        List<String> problems = new ArrayList<>();
        String where = parameters.getSimpleName() + "." + f.getName();
        Annotation widget = annotation(f, PKG + "Widget");
        if (widget == null) {
            problems.add(where + " has no @Widget");
            return problems;
        }
        if (!d.label().equals(value(widget, "title"))) {
            problems.add(where + ": title '" + value(widget, "title") + "' differs from the setting label '"
                    + d.label() + "'");
        }
        Object def;
        try {
            f.setAccessible(true);
            def = f.get(defaults);
        } catch (IllegalAccessException e) {
            problems.add(where + ": " + e);
            return problems;
        }
        Class<?> t = f.getType();
        switch (d.kind()) {
            case INT:
                expect(problems, where, t == int.class, "an int field");
                expect(problems, where, Objects.equals(def, d.defaultValue()), "default " + d.defaultValue()
                        + ", got " + def);
                problems.addAll(checkBounds(f, d, where));
                break;
            case DOUBLE:
                expect(problems, where, t == double.class, "a double field");
                expect(problems, where, Objects.equals(def, d.defaultValue()), "default " + d.defaultValue()
                        + ", got " + def);
                problems.addAll(checkBounds(f, d, where));
                break;
            case BOOLEAN:
                expect(problems, where, t == boolean.class, "a boolean field");
                expect(problems, where, Objects.equals(def, d.defaultValue()), "default " + d.defaultValue()
                        + ", got " + def);
                break;
            case STRING:
            case FILE:
            case COLUMN:
                expect(problems, where, t == String.class, "a String field");
                expect(problems, where, Objects.equals(def, d.defaultValue()), "default '" + d.defaultValue()
                        + "', got '" + def + "'");
                break;
            case STRING_CHOICE:
                if (!t.isEnum()) {
                    problems.add(where + ": expected an enum field for the choices " + d.choices());
                    break;
                }
                List<String> constants = Arrays.stream(t.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .collect(Collectors.toList());
                expect(problems, where, constants.equals(d.choices()), "constants " + d.choices() + " (the saved "
                        + "values), got " + constants);
                expect(problems, where, def != null && ((Enum<?>) def).name().equals(d.defaultValue()),
                        "default " + d.defaultValue() + ", got " + def);
                break;
            case COLUMN_FILTER:
                expect(problems, where, t.getName().equals(PKG + "widget.choices.filter.ColumnFilter"),
                        "a ColumnFilter field");
                expect(problems, where, annotation(f, PKG + "persistence.Persistor") != null,
                        "the legacy column filter persistor (@Persistor)");
                Annotation choices = annotation(f, PKG + "widget.choices.ChoicesProvider");
                expect(problems, where, choices != null
                        && ((Class<?>) value(choices, "value")).getSimpleName().equals("DoubleColumnsProvider"),
                        "numeric columns only (@ChoicesProvider(DoubleColumnsProvider.class))");
                break;
            default:
                problems.add(where + ": unknown setting kind " + d.kind());
        }
        return problems;
    }

    /** The dialog's bounds are the declaration's: a missing widget bound must be an infinite declared one. */
    private static List<String> checkBounds(Field f, SettingDef d, String where) {
        List<String> problems = new ArrayList<>();
        Annotation number = annotation(f, PKG + "widget.number.NumberInputWidget");
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        if (number != null) {
            min = bound((Class<?>) value(number, "minValidation"), "getMin", Double.NEGATIVE_INFINITY);
            max = bound((Class<?>) value(number, "maxValidation"), "getMax", Double.POSITIVE_INFINITY);
        }
        if (d.kind() == io.spikemix.knime.base.node.SettingKind.INT && Double.isInfinite(max)) {
            max = Integer.MAX_VALUE;
        }
        expect(problems, where, min == d.min() && max == d.max(), "bounds [" + d.min() + ", " + d.max()
                + "] as declared, got [" + min + ", " + max + "]");
        return problems;
    }

    /** The bound a validation class stands for; KNIME's built-ins by name (the surface cannot run them). */
    private static double bound(Class<?> validation, String getter, double none) {
        switch (validation.getSimpleName()) {
            case "IsNonNegativeValidation":
                return 0;
            case "IsPositiveIntegerValidation":
                return 1;
            case "TypeDependentMinValidation":
            case "TypeDependentMaxValidation":
                return none;
            default:
                try {
                    Constructor<?> c = validation.getDeclaredConstructor();
                    c.setAccessible(true);
                    Method m = validation.getDeclaredMethod(getter);
                    m.setAccessible(true);
                    return (Double) m.invoke(c.newInstance());
                } catch (ReflectiveOperationException e) {
                    return Double.NaN;
                }
        }
    }

    /** The widgets' titles and descriptions are, in order, the node description's option names and texts. */
    List<String> checkDescription(Path description) {
        List<String> problems = new ArrayList<>();
        String xml;
        try {
            xml = Files.readString(description);
        } catch (IOException e) {
            problems.add(description + ": unreadable: " + e.getMessage());
            return problems;
        }
        List<String[]> options = new ArrayList<>();
        Matcher m = OPTION.matcher(xml);
        while (m.find()) {
            options.add(new String[] {m.group(1), normalise(m.group(2))});
        }
        List<Field> widgets = fields().stream().filter(f -> annotation(f, PKG + "Widget") != null)
                .collect(Collectors.toList());
        if (options.size() != widgets.size()) {
            problems.add(description + ": " + options.size() + " options but " + parameters.getSimpleName() + " has "
                    + widgets.size() + " widgets");
            return problems;
        }
        for (int i = 0; i < options.size(); i++) {
            Annotation w = annotation(widgets.get(i), PKG + "Widget");
            if (!options.get(i)[0].equals(value(w, "title"))) {
                problems.add(description + ": option " + (i + 1) + " is '" + options.get(i)[0] + "' but widget "
                        + (i + 1) + " of " + parameters.getSimpleName() + " is titled '" + value(w, "title") + "'");
            } else if (!options.get(i)[1].equals(normalise((String) value(w, "description")))) {
                problems.add(description + ": the text of option '" + options.get(i)[0] + "' differs from the "
                        + "description of " + parameters.getSimpleName() + "." + widgets.get(i).getName());
            }
        }
        return problems;
    }

    /**
     * Loads a node's saved {@code model} config through the parameters class, as KNIME's default persistence
     * would: one value per declared setting key (column filters as their included column names).
     *
     * @throws LintException naming the key when an entry is missing or of the wrong type, or an enum value is not a
     *                       constant (KNIME refuses those too)
     */
    Map<String, Object> load(ConfigTree model) throws LintException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : fields()) {
            String key = key(f);
            Class<?> t = f.getType();
            if (t.getName().equals(PKG + "widget.choices.filter.ColumnFilter")) {
                ConfigTree filter = model.child(key);
                if (filter == null || filter.array("included_names") == null) {
                    throw new LintException("column filter '" + key + "' is missing or has no included_names");
                }
                values.put(key, filter.array("included_names"));
                continue;
            }
            ConfigTree.Entry e = model.entry(key);
            if (e == null) {
                throw new LintException("no entry '" + key + "'");
            }
            String expected = t == int.class ? "xint" : t == double.class ? "xdouble"
                    : t == boolean.class ? "xboolean" : "xstring";
            if (!expected.equals(e.type())) {
                throw new LintException("entry '" + key + "' is " + e.type() + ", the field needs " + expected);
            }
            if (t == int.class) {
                values.put(key, Integer.valueOf(e.value()));
            } else if (t == double.class) {
                values.put(key, Double.valueOf(e.value()));
            } else if (t == boolean.class) {
                values.put(key, Boolean.valueOf(e.value()));
            } else if (t.isEnum()) {
                Object constant = Arrays.stream(t.getEnumConstants()).filter(c -> ((Enum<?>) c).name()
                        .equals(e.value())).findFirst().orElseThrow(() -> new LintException("entry '" + key
                                + "' is '" + e.value() + "', not one of " + Arrays.toString(t.getEnumConstants())));
                values.put(key, ((Enum<?>) constant).name());
            } else if (t == String.class) {
                values.put(key, e.value() == null ? "" : e.value());
            } else {
                throw new LintException("field type " + t.getName() + " of '" + key + "' is not modelled");
            }
        }
        return values;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static void expect(List<String> problems, String where, boolean ok, String what) {
        if (!ok) {
            problems.add(where + ": expected " + what);
        }
    }

    private static boolean implementsByName(Class<?> c, String interfaceName) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                if (i.getName().equals(interfaceName) || implementsByName(i, interfaceName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Annotation annotation(java.lang.reflect.AnnotatedElement e, String type) {
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().getName().equals(type)) {
                return a;
            }
        }
        return null;
    }

    private static Object value(Annotation a, String element) {
        try {
            return a.annotationType().getMethod(element).invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(a + " has no element " + element, e);
        }
    }
}
