package io.spikemix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;

import io.spikemix.knime.base.dialog.Bounds;
import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.SettingDef;

/**
 * A web dialog parameters class must say what the node's settings declaration says (keys, titles, types, defaults,
 * choices, bounds) and what its node description says (option names and texts, in order), and saved settings load
 * through it with KNIME's persistence rules. Toy classes here break one of these at a time.
 */
class ParametersLintTest {

    private static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Toy")
            .setting(SettingDef.integer("k", "K", 3, 1, 1000, "How many."))
            .setting(SettingDef.choice("mode", "Mode", "fast", List.of("fast", "exact"), "How."))
            .setting(SettingDef.bool("on", "On", true, "Whether."))
            .build();

    private static final String DESCRIPTION = "<knimeNode><fullDescription>"
            + "<option name=\"K\">How <b>many</b>.</option><option name=\"Mode\">How.</option>"
            + "<option name=\"On\">Whether.</option></fullDescription></knimeNode>";

    @TempDir
    Path dir;

    @LoadDefaultsForAbsentFields
    static final class Good implements NodeParameters {
        enum Mode { fast, exact }

        @Widget(title = "K", description = "How <b>many</b>.")
        @Persist(configKey = "k")
        @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
        int k = 3;

        @Widget(title = "Mode", description = "How.")
        @Persist(configKey = "mode")
        Mode mode = Mode.fast;

        @Widget(title = "On", description = "Whether.")
        @Persist(configKey = "on")
        boolean on = true;
    }

    @LoadDefaultsForAbsentFields
    static final class WrongDefaultAndBound implements NodeParameters {
        enum Mode { fast, exact }

        @Widget(title = "K", description = "How <b>many</b>.")
        @Persist(configKey = "k")
        @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost64.class)
        int k = 4;

        @Widget(title = "Mode", description = "How.")
        @Persist(configKey = "mode")
        Mode mode = Mode.fast;

        @Widget(title = "On", description = "Whether.")
        @Persist(configKey = "on")
        boolean on = true;
    }

    @LoadDefaultsForAbsentFields
    static final class RenamedChoicesMissingKeyOtherText implements NodeParameters {
        enum Mode { FAST, EXACT }

        @Widget(title = "K", description = "How many, in other words.")
        @Persist(configKey = "k")
        @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost1000.class)
        int k = 3;

        @Widget(title = "Mode", description = "How.")
        @Persist(configKey = "mode")
        Mode mode = Mode.FAST;
    }

    @Test
    void aParametersClassThatSaysWhatTheDeclarationAndDescriptionSayPasses() throws IOException {
        assertEquals(List.of(), new ParametersLint(Good.class, DECLARATION).check(description()));
    }

    @Test
    void aDifferentDefaultOrBoundIsReportedNamingTheField() throws IOException {
        List<String> problems = new ParametersLint(WrongDefaultAndBound.class, DECLARATION).check(description());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("WrongDefaultAndBound.k") && problems.get(0).contains("default 3"),
                problems.get(0));
        assertTrue(problems.get(1).contains("bounds [1.0, 1000.0]") && problems.get(1).contains("64.0"),
                problems.get(1));
    }

    @Test
    void renamedChoicesAMissingKeyAndAnotherOptionTextAreEachReported() throws IOException {
        List<String> problems = new ParametersLint(RenamedChoicesMissingKeyOtherText.class, DECLARATION)
                .check(description());
        String all = String.join("\n", problems);
        assertTrue(all.contains("constants [fast, exact] (the saved values), got [FAST, EXACT]"), all);
        assertTrue(all.contains("no field persists to 'on'"), all);
        assertTrue(all.contains("mode: expected default fast, got FAST"), all);
        assertTrue(all.contains("3 options but RenamedChoicesMissingKeyOtherText has 2 widgets"), all);
        assertEquals(4, problems.size(), all);
    }

    @Test
    void savedSettingsLoadWithKnimesRulesAndBadValuesAreRefusedNamingTheKey() throws Exception {
        ParametersLint lint = new ParametersLint(Good.class, DECLARATION);
        Map<String, Object> values = lint.load(model("<entry key=\"k\" type=\"xint\" value=\"7\"/>"
                + "<entry key=\"mode\" type=\"xstring\" value=\"exact\"/>"
                + "<entry key=\"on\" type=\"xboolean\" value=\"false\"/>"));
        assertEquals(Map.of("k", 7, "mode", "exact", "on", false), values);
        LintException badEnum = assertThrows(LintException.class, () -> lint.load(model(
                "<entry key=\"k\" type=\"xint\" value=\"7\"/><entry key=\"mode\" type=\"xstring\" value=\"slow\"/>"
                        + "<entry key=\"on\" type=\"xboolean\" value=\"false\"/>")));
        assertTrue(badEnum.getMessage().contains("'mode' is 'slow'"), badEnum.getMessage());
        LintException wrongType = assertThrows(LintException.class, () -> lint.load(model(
                "<entry key=\"k\" type=\"xdouble\" value=\"7.0\"/>")));
        assertTrue(wrongType.getMessage().contains("'k' is xdouble"), wrongType.getMessage());
    }

    private Path description() throws IOException {
        return Files.writeString(dir.resolve("Toy.xml"), DESCRIPTION);
    }

    private ConfigTree model(String entries) throws IOException, LintException {
        return ConfigTree.read(Files.writeString(dir.resolve("settings.xml"), "<config xmlns=\""
                + ConfigTree.NAMESPACE + "\" key=\"model\">" + entries + "</config>"));
    }
}
