package io.spikemix.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The update site that {@code ./mvnw verify} builds installs into KNIME Analytics Platform 5.8+: every bundle of the
 * p2 repository zip resolves and starts in an OSGi framework that holds only what KNIME guarantees (its core and UI
 * bundles, here our compile-only surfaces with the real symbolic names, exports and versions; SLF4J 2 and the
 * third-party libraries at the lower bounds KNIME's core requires), and everything the extension registers in a
 * {@code plugin.xml} loads from the installed bundles: node factories with their web dialog parameters, node
 * descriptions, icons and port object serializers.
 */
class InstallationTest {

    private static final Path REPO = Path.of(System.getProperty("spikemix.repo", "../.."));
    private static final int NODES = 12;

    @TempDir
    static Path work;

    private static List<Path> platform;
    private static List<Path> repository;

    @BeforeAll
    static void unpack() throws IOException {
        platform = new ArrayList<>();
        platform.add(onlyJar(REPO.resolve("releng/knime-api-surface/target"), "org.knime.core-"));
        platform.add(onlyJar(REPO.resolve("releng/knime-core-ui-surface/target"), "org.knime.core.ui-"));
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("spikemix.platform")))) {
            platform.addAll(s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList()));
        }
        repository = KnimeInstallation.unpackPlugins(
                onlyFile(REPO.resolve("update-site/target"), "io.spikemix.update-site-", ".zip"), work.resolve("plugins"));
    }

    @Test
    void everyBundleOfTheUpdateSiteResolvesAgainstTheKnimePlatformAlone() throws Exception {
        try (KnimeInstallation knime = KnimeInstallation.start(platform, repository, work.resolve("osgi-ok"))) {
            assertEquals(List.of(), knime.problems(), "unsatisfied requirements");
            assertTrue(knime.repositoryBundles().size() >= 9 + 10, "the zip holds the 9 SpikeMix bundles and their "
                    + "libraries, got " + knime.repositoryBundles().keySet());
            for (Bundle b : knime.repositoryBundles().values()) {
                assertTrue(b.getState() == Bundle.STARTING || b.getState() == Bundle.ACTIVE || isFragment(b),
                        b.getSymbolicName() + " is in state " + b.getState());
            }
        }
    }

    @Test
    void everyNodeFactoryDescriptionIconDialogAndPortTypeRegisteredInPluginXmlLoads() throws Exception {
        try (KnimeInstallation knime = KnimeInstallation.start(platform, repository, work.resolve("osgi-nodes"))) {
            List<String> factories = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Bundle b : knime.repositoryBundles().values()) {
                URL pluginXml = b.getEntry("plugin.xml");
                if (!b.getSymbolicName().startsWith("io.spikemix.") || pluginXml == null) {
                    continue;
                }
                Document doc = parse(pluginXml);
                for (Element node : P2MetadataTest.elements(doc.getDocumentElement(), "node")) {
                    String factory = node.getAttribute("factory-class");
                    factories.add(factory);
                    checkFactory(b, factory, problems);
                }
                for (Element portType : P2MetadataTest.elements(doc.getDocumentElement(), "portType")) {
                    for (String attr : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
                        load(b, portType.getAttribute(attr), problems);
                    }
                }
                for (Element category : P2MetadataTest.elements(doc.getDocumentElement(), "category")) {
                    if (!category.getAttribute("icon").isEmpty() && b.getEntry(category.getAttribute("icon")) == null) {
                        problems.add(b.getSymbolicName() + ": category icon " + category.getAttribute("icon")
                                + " is not in the bundle");
                    }
                }
            }
            assertEquals(List.of(), problems);
            assertEquals(NODES, factories.size(), "registered node factories: " + factories);
        }
    }

    @Test
    void anUnsatisfiableImportFailsTheInstallationNamingIt() throws Exception {
        List<Path> planted = new ArrayList<>(repository);
        planted.add(bundleJar(work.resolve("planted.jar"), "io.spikemix.planted", "org.example.nowhere"));
        try (KnimeInstallation knime = KnimeInstallation.start(platform, planted, work.resolve("osgi-planted"))) {
            assertEquals(1, knime.problems().size(), knime.problems().toString());
            assertTrue(knime.problems().get(0).startsWith("io.spikemix.planted"), knime.problems().get(0));
            assertTrue(knime.problems().get(0).contains("org.example.nowhere"), knime.problems().get(0));
        }
    }

    /**
     * The defect this test was written for: jHDF 0.13 imports commons-lang3 [3.20,4), which KNIME 5.8 does not
     * ship; without the copy in our feature, the engine and with it every node bundle would not resolve.
     */
    @Test
    void withoutTheFeaturesOwnCommonsLang3JhdfAndTheEngineDoNotResolve() throws Exception {
        List<Path> withoutLang3 = new ArrayList<>();
        for (Path jar : repository) {
            if (!"org.apache.commons.lang3".equals(KnimeInstallation.symbolicName(jar))) {
                withoutLang3.add(jar);
            }
        }
        assertEquals(repository.size() - 1, withoutLang3.size(), "the feature ships exactly one commons-lang3");
        try (KnimeInstallation knime = KnimeInstallation.start(platform, withoutLang3, work.resolve("osgi-lang3"))) {
            String all = String.join("\n", knime.problems());
            assertTrue(all.contains("io.jhdf") && all.contains("org.apache.commons.lang3"), all);
            assertTrue(all.contains("io.spikemix.engine"), all);
        }
    }

    private static void checkFactory(Bundle b, String factory, List<String> problems) throws Exception {
        Class<?> c = load(b, factory, problems);
        if (c == null) {
            return;
        }
        if (!b.loadClass("org.knime.core.node.NodeFactory").isAssignableFrom(c)) {
            problems.add(factory + " is not a NodeFactory");
        }
        if (!b.loadClass("org.knime.core.webui.node.dialog.NodeDialogFactory").isAssignableFrom(c)) {
            problems.add(factory + " provides no web dialog (NodeDialogFactory)");
        }
        c.getConstructor();
        String base = factory.substring(0, factory.length() - "NodeFactory".length());
        Class<?> parameters = load(b, base + "Parameters", problems);
        if (parameters != null
                && !b.loadClass("org.knime.node.parameters.NodeParameters").isAssignableFrom(parameters)) {
            problems.add(parameters.getName() + " is not a NodeParameters class");
        }
        String path = factory.replace('.', '/');
        URL description = b.getResource(path + ".xml");
        if (description == null) {
            problems.add(factory + ": no node description " + path + ".xml in " + b.getSymbolicName());
            return;
        }
        String icon = parse(description).getDocumentElement().getAttribute("icon").replaceFirst("^\\./", "");
        String iconPath = path.substring(0, path.lastIndexOf('/') + 1) + icon;
        if (icon.isEmpty() || b.getResource(iconPath) == null) {
            problems.add(factory + ": icon '" + iconPath + "' is not in " + b.getSymbolicName());
        }
    }

    private static Class<?> load(Bundle b, String name, List<String> problems) {
        try {
            return b.loadClass(name);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            problems.add(b.getSymbolicName() + ": cannot load " + name + ": " + e);
            return null;
        }
    }

    private static boolean isFragment(Bundle b) {
        return b.getHeaders().get("Fragment-Host") != null;
    }

    private static Document parse(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(in);
        }
    }

    /** A bundle jar with only a manifest importing {@code importPackage}. */
    private static Path bundleJar(Path jar, String symbolicName, String importPackage) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", importPackage);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // manifest only
        }
        return jar;
    }

    private static Path onlyJar(Path dir, String prefix) throws IOException {
        return onlyFile(dir, prefix, ".jar");
    }

    private static Path onlyFile(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().contains("sources"))
                    .collect(Collectors.toList());
            assertEquals(1, found.size(), "expected one " + prefix + "*" + suffix + " in " + dir + ", found " + found);
            return found.get(0);
        }
    }
}
