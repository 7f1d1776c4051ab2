package io.spikemix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint fails on deliberately broken copies of the extension, built in a temporary folder: each test breaks one
 * thing and expects the problem that names it (and, where it matters, nothing else).
 */
class ExtensionLintNegativeTest {

    private static final String NORMALIZER_DIR =
            "plugins/io.spikemix.knime.normalize/src/main/java/io/spikemix/knime/normalize/normalizer/";

    @TempDir
    Path fixture;

    private Path repo;

    @BeforeEach
    void copyRepository() throws IOException {
        repo = Repo.root();
        for (String dir : List.of("plugins", "features", "releng/targets")) {
            copyTree(repo.resolve(dir), fixture.resolve(dir));
        }
        Files.copy(repo.resolve("pom.xml"), fixture.resolve("pom.xml"));
    }

    @Test
    void copiedRepositoryIsCleanSoEveryProblemBelowComesFromItsBreakage() throws Exception {
        writeGeneratedWorkflows();
        assertEquals(List.of(), Repo.lint(fixture).checkAll());
    }

    @Test
    void registeredFactoryWithoutSourceIsReported() throws IOException {
        replace("plugins/io.spikemix.knime.normalize/plugin.xml", "apply.NormalizerApplyNodeFactory\"",
                "apply.MissingNodeFactory\"");
        List<String> problems = Repo.lint(fixture).checkNodes();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("factory io.spikemix.knime.normalize.apply.MissingNodeFactory has no "
                + "source file"), problems::toString);
    }

    @Test
    void descriptionMissingAnOptionOrPortIsReported() throws IOException {
        Path xml = fixture.resolve(NORMALIZER_DIR + "SpectralNormalizerNodeFactory.xml");
        String s = Files.readString(xml);
        s = s.replaceAll("(?s)<option name=\"Method\">.*?</option>", "");
        s = s.replaceAll("(?s)<outPort index=\"1\".*?</outPort>", "");
        Files.writeString(xml, s);
        List<String> problems = Repo.lint(fixture).checkNodes();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).endsWith("no <option name=\"Method\"> for setting 'method'"), problems::toString);
        assertTrue(problems.get(1).endsWith("1 <outPort> elements but the node model has 2 output ports"),
                problems::toString);
        assertTrue(problems.get(2).endsWith("2 options but SpectralNormalizerParameters has 3 widgets"),
                problems::toString);
    }

    @Test
    void nodeModelWithHandWrittenPortsIsReported() throws IOException {
        replace(NORMALIZER_DIR + "SpectralNormalizerNodeModel.java",
                "super(DECLARATION, PortTypes.of(DECLARATION.inPorts(), NormalizationPortObject.class),",
                "super(DECLARATION, new PortType[0],");
        List<String> problems = Repo.lint(fixture).checkNodes();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).endsWith("(missing PortTypes.of(DECLARATION.inPorts())"), problems::toString);
    }

    @Test
    void wrongSizedOrMissingIconIsReported() throws IOException {
        Files.write(fixture.resolve(NORMALIZER_DIR + "spectral_normalizer.png"), png(32, 32));
        Files.delete(fixture.resolve("plugins/io.spikemix.knime.base/icons/spikemix.png"));
        List<String> problems = Repo.lint(fixture).checkNodes();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("spikemix.png does not exist")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("spectral_normalizer.png is 32x32, expected 16x16")),
                problems::toString);
    }

    @Test
    void engineImportingKnimeOrEclipseIsReported() throws IOException {
        Path src = fixture.resolve("plugins/io.spikemix.engine/src/main/java/io/spikemix/engine/Leak.java");
        Files.writeString(src, "package io.spikemix.engine;\nimport org.knime.core.node.NodeModel;\nclass Leak {}\n");
        replace("plugins/io.spikemix.engine/META-INF/MANIFEST.MF", "Import-Package: ",
                "Import-Package: org.eclipse.core.runtime,\n ");
        List<String> problems = Repo.lint(fixture).checkEngineIsolation();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("Leak.java:2: the engine must not use KNIME or Eclipse"),
                problems::toString);
        assertTrue(problems.get(1).contains("Import-Package lists org.eclipse.core.runtime"), problems::toString);
    }

    @Test
    void featureMissingABundleOrShippingKnimeIsReported() throws IOException {
        replace("features/io.spikemix.feature/feature.xml",
                "<plugin id=\"io.spikemix.knime.normalize\" version=\"0.0.0\" unpack=\"false\"/>",
                "<plugin id=\"org.knime.core\" version=\"0.0.0\" unpack=\"false\"/>");
        List<String> problems = Repo.lint(fixture).checkFeature();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("includes org.knime.core"), problems::toString);
        assertTrue(problems.get(1).endsWith("does not include bundle io.spikemix.knime.normalize"),
                problems::toString);
    }

    @Test
    void workflowWithWrongSettingsOrBrokenConnectionIsReported() throws Exception {
        writeGeneratedWorkflows();
        Path flow = fixture.resolve("test-workflows/Normalizer_minmax_roundtrip");
        Path normalizer = flow.resolve("Spectral Normalizer (#3)/settings.xml");
        replace(normalizer, "<entry key=\"method\" type=\"xstring\" value=\"minmax\"/>",
                "<entry key=\"method\" type=\"xstring\" value=\"zscore\"/>\n"
                        + "        <entry key=\"methodTypo\" type=\"xstring\" value=\"minmax\"/>");
        replace(flow.resolve("Normalizer (Apply) (#4)/settings.xml"), "<config key=\"skipNonFinite_Internals\">",
                "<config key=\"unused\">");
        replace(flow.resolve("Table Creator (#2)/settings.xml"),
                "<entry key=\"node-bundle-name\" type=\"xstring\" value=\"KNIME Base Nodes\"/>\n", "");
        // both connections into the second Table Difference Checker (#7) now point at a node that does not exist
        replace(flow.resolve("workflow.knime"), "<entry key=\"destID\" type=\"xint\" value=\"7\"/>",
                "<entry key=\"destID\" type=\"xint\" value=\"99\"/>");
        List<String> problems = Repo.lint(fixture).checkTestWorkflows();
        List<String> expected = List.of(
                "settings.xml: required entry 'node-bundle-name' is missing or null",
                "settings.xml: model setting 'methodTypo' is not read by the node model",
                "settings.xml: The 'Method' setting must be one of minmax, l1, tic. Got 'zscore' instead.",
                "settings.xml: model setting 'skipNonFinite_Internals' is missing (the node model reads it)",
                "settings.xml: model setting 'unused' is not read by the node model",
                "(3:1 -> 99:1) refers to a node that does not exist",
                "(6:1 -> 99:2) refers to a node that does not exist",
                "input port 1 of node 7 is not connected",
                "input port 2 of node 7 is not connected");
        assertEquals(expected.size(), problems.size(), problems::toString);
        for (String e : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(e)), () -> "expected '" + e + "' in " + problems);
        }
    }

    @Test
    void onlyRequiredInputsMustBeConnected() throws Exception {
        writeGeneratedWorkflows();
        // cut both inputs of the Segmentation Renderer (#4): the pixel table (required) and the spikes (optional);
        // its band-axis input (optional) is unconnected in the generated testflow already
        replace(fixture.resolve("test-workflows/SegmentationRenderer_runs/workflow.knime"),
                "<entry key=\"destID\" type=\"xint\" value=\"4\"/>",
                "<entry key=\"destID\" type=\"xint\" value=\"99\"/>");
        List<String> problems = Repo.lint(fixture).checkTestWorkflows();
        List<String> expected = List.of("(2:1 -> 99:1) refers to a node that does not exist",
                "(3:1 -> 99:2) refers to a node that does not exist", "input port 1 of node 4 is not connected");
        assertEquals(expected.size(), problems.size(), problems::toString);
        for (String e : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(e)), () -> "expected '" + e + "' in " + problems);
        }
    }

    @Test
    void libraryVersionDriftBetweenPomAndTargetsIsReported() throws IOException {
        replace("pom.xml", "<ejml-version>0.44.0</ejml-version>", "<ejml-version>0.43.1</ejml-version>");
        replace("releng/targets/spikemix-knime-5.8.target",
                "<artifactId>ejml-ddense</artifactId><version>0.44.0</version>",
                "<artifactId>ejml-ddense</artifactId><version>0.43.1</version>");
        List<String> problems = Repo.lint(fixture).checkLibraryVersions();
        assertTrue(problems.stream().anyMatch(p -> p.contains("spikemix-knime-5.8.target: libraries")
                && p.contains("differ from")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("property ejml-version is 0.43.1 but "
                + "spikemix-offline.target has org.ejml:ejml-ddense:0.44.0")), problems::toString);
    }

    @Test
    void workflowUsingAnUnknownNodeIsReported() throws Exception {
        writeGeneratedWorkflows();
        replace(fixture.resolve("test-workflows/Normalizer_l1_expected/Table Creator (#4)/settings.xml"),
                "org.knime.base.node.io.tablecreator.TableCreator2NodeFactory", "com.example.SomeNodeFactory");
        List<String> problems = Repo.lint(fixture).checkTestWorkflows();
        assertTrue(problems.stream().anyMatch(p -> p.contains("factory com.example.SomeNodeFactory is neither "
                + "registered")), problems::toString);
    }

    @Test
    void aNodeWithoutTestflowIsReported() throws Exception {
        writeGeneratedWorkflows();
        deleteTree(fixture.resolve("test-workflows/SpectralCubeReader_npy_in_workflow"));
        deleteTree(fixture.resolve("test-workflows/Segment_end_to_end"));
        List<String> problems = Repo.lint(fixture).checkTestWorkflows();
        assertTrue(problems.stream().anyMatch(p -> p.contains("node io.spikemix.knime.reader.cube."
                + "SpectralCubeReaderNodeFactory is in no testflow")), problems::toString);
    }

    @Test
    void aWorkflowRelativeFileTheWorkflowDoesNotCarryIsReported() throws Exception {
        writeGeneratedWorkflows();
        Files.delete(fixture.resolve("test-workflows/SpectralCubeReader_npy_in_workflow/cube.npy"));
        List<String> problems = Repo.lint(fixture).checkTestWorkflows();
        assertTrue(problems.stream().anyMatch(p -> p.contains("knime://knime.workflow/cube.npy is not a file inside "
                + "the workflow folder")), problems::toString);
    }

    private void writeGeneratedWorkflows() throws Exception {
        for (Map.Entry<String, byte[]> f : TestWorkflowWriter.generate(repo).entrySet()) {
            Path p = fixture.resolve("test-workflows").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    private void replace(String relative, String from, String to) throws IOException {
        replace(fixture.resolve(relative), from, to);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        if (!s.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        Files.writeString(file, s.replace(from, to));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).collect(java.util.stream.Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                boolean buildOutput = false;
                for (Path segment : rel) {
                    buildOutput |= segment.toString().equals("target");
                }
                if (buildOutput) {
                    continue;
                }
                Path dst = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(p, dst);
                }
            }
        }
    }

    /** A PNG header declaring the given size (enough for the size check). */
    private static byte[] png(int w, int h) {
        byte[] b = new byte[33];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        b[16 + 3] = (byte) w;
        b[20 + 3] = (byte) h;
        return b;
    }
}
