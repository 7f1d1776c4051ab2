package io.spikemix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The committed {@code test-workflows/} are exactly what {@link TestWorkflowWriter} generates from the current
 * settings declarations. Run with {@code -Dspikemix.writeTestWorkflows=true} to regenerate them.
 */
class TestWorkflowsUpToDateTest {

    @Test
    void committedTestWorkflowsMatchTheGenerator() throws IOException, LintException {
        Path repo = Repo.root();
        if (Boolean.getBoolean("spikemix.writeTestWorkflows")) {
            TestWorkflowWriter.write(repo);
        }
        Map<String, byte[]> generated = TestWorkflowWriter.generate(repo);
        Path root = repo.resolve("test-workflows");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : generated.entrySet()) {
            Path p = root.resolve(f.getKey());
            if (!Files.isRegularFile(p) || !Arrays.equals(Files.readAllBytes(p), f.getValue())) {
                stale.add(f.getKey());
            }
        }
        assertEquals(List.of(), stale, "out of date; regenerate with -Dspikemix.writeTestWorkflows=true");
        List<String> committed;
        try (Stream<Path> s = Files.walk(root)) {
            committed = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("README.md")).sorted().collect(Collectors.toList());
        }
        assertEquals(new ArrayList<>(generated.keySet()), committed, "files in test-workflows/ not generated");
        assertTrue(generated.size() > 10);
    }

    @Test
    void generatedConfigsParseBackWithTheirArrays() throws IOException, LintException {
        XmlConfigWriter.Config c = new XmlConfigWriter.Config("settings.xml");
        c.string("s", "a \"quoted\" <value> & more").nullString("n").stringArray("arr", List.of("x", "y"));
        Path f = Files.createTempFile("config", ".xml");
        try {
            Files.writeString(f, XmlConfigWriter.render(c));
            ConfigTree t = ConfigTree.read(f);
            assertEquals("a \"quoted\" <value> & more", t.string("s"));
            assertEquals(null, t.string("n"));
            assertTrue(t.hasEntry("n"));
            assertEquals(List.of("x", "y"), t.array("arr"));
        } finally {
            Files.delete(f);
        }
    }
}
