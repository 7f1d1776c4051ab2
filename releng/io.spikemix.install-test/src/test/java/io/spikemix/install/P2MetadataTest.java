package io.spikemix.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The p2 metadata of the update site (what KNIME's installer reads before it downloads anything) needs nothing from
 * outside the repository but the KNIME platform: every non-optional requirement of every installable unit is met by
 * a unit of the repository itself, by a bundle of the platform (symbolic name and exported packages, at the pinned
 * versions), or by the Java runtime (its packages and execution environment).
 */
class P2MetadataTest {

    private static final Path REPO = Path.of(System.getProperty("spikemix.repo", "../.."));

    /** One provided capability. */
    private record Capability(String namespace, String name, Version version) {
    }

    @Test
    void everyRequirementOfTheUpdateSiteIsMetByItselfOrTheKnimePlatform() throws Exception {
        Document content = content(repositoryZip());
        List<Capability> provided = new ArrayList<>(platformCapabilities());
        for (Element p : elements(content.getDocumentElement(), "provided")) {
            provided.add(new Capability(p.getAttribute("namespace"), p.getAttribute("name"),
                    Version.parseVersion(p.getAttribute("version"))));
        }
        List<String> unmet = new ArrayList<>();
        int checked = 0;
        for (Element unit : elements(content.getDocumentElement(), "unit")) {
            for (Element r : elements(unit, "required")) {
                if ("true".equals(r.getAttribute("optional"))) {
                    continue;
                }
                checked++;
                String ns = r.getAttribute("namespace");
                String name = r.getAttribute("name");
                VersionRange range = new VersionRange(r.getAttribute("range").isEmpty() ? "0.0.0"
                        : r.getAttribute("range"));
                boolean met = "java.package".equals(ns) && isJavaRuntimePackage(name)
                        || provided.stream().anyMatch(c -> c.namespace().equals(ns) && c.name().equals(name)
                                && range.includes(c.version()));
                if (!met) {
                    unmet.add(unit.getAttribute("id") + " " + unit.getAttribute("version") + " requires " + ns + " "
                            + name + " " + range);
                }
            }
        }
        assertEquals(List.of(), unmet);
        assertTrue(checked > 50, "only " + checked + " requirements in the metadata");
    }

    /** What KNIME guarantees: the surfaces stand in for org.knime.core and org.knime.core.ui. */
    private static List<Capability> platformCapabilities() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String dir : List.of("releng/knime-api-surface/target", "releng/knime-core-ui-surface/target")) {
            try (Stream<Path> s = Files.list(REPO.resolve(dir))) {
                jars.addAll(s.filter(p -> p.toString().endsWith(".jar")).collect(Collectors.toList()));
            }
        }
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("spikemix.platform")))) {
            jars.addAll(s.filter(p -> p.toString().endsWith(".jar")).collect(Collectors.toList()));
        }
        List<Capability> caps = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile f = new JarFile(jar.toFile())) {
                Manifest m = f.getManifest();
                String bsn = m.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
                Version v = Version.parseVersion(m.getMainAttributes().getValue("Bundle-Version"));
                caps.add(new Capability("osgi.bundle", bsn, v));
                caps.add(new Capability("org.eclipse.equinox.p2.iu", bsn, v));
                String exports = m.getMainAttributes().getValue("Export-Package");
                if (exports != null) {
                    for (String clause : exports.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                        String[] parts = clause.trim().split(";");
                        Version pv = Version.emptyVersion;
                        for (String p : parts) {
                            if (p.trim().startsWith("version=")) {
                                pv = Version.parseVersion(p.trim().substring(8).replace("\"", ""));
                            }
                        }
                        caps.add(new Capability("java.package", parts[0].trim(), pv));
                    }
                }
            }
        }
        return caps;
    }

    private static boolean isJavaRuntimePackage(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("org.w3c.")
                || name.startsWith("org.xml.") || name.startsWith("org.ietf.") || name.startsWith("sun.")
                || name.startsWith("com.sun.");
    }

    private static Path repositoryZip() throws IOException {
        try (Stream<Path> s = Files.list(REPO.resolve("update-site/target"))) {
            return s.filter(p -> p.getFileName().toString().matches("io\\.spikemix\\.update-site-.*\\.zip"))
                    .findFirst().orElseThrow();
        }
    }

    /** content.xml inside content.jar inside the repository zip. */
    private static Document content(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry("content.jar");
            try (ZipInputStream in = new ZipInputStream(z.getInputStream(e))) {
                for (ZipEntry inner; (inner = in.getNextEntry()) != null;) {
                    if (inner.getName().equals("content.xml")) {
                        byte[] xml = in.readAllBytes();
                        try (InputStream x = new ByteArrayInputStream(xml)) {
                            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(x);
                        }
                    }
                }
            }
        }
        throw new IOException("no content.xml in " + zip);
    }

    /** The descendants of {@code root} named {@code tag}, in document order. */
    static List<Element> elements(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
