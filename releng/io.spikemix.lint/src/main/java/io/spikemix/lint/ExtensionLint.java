package io.spikemix.lint;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.w3c.dom.Element;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;
import io.spikemix.knime.base.node.SettingKind;

/**
 * Checks the KNIME extension in a repository checkout without a KNIME runtime: node registration, node
 * descriptions, icons, port types, the feature, the isolation of the engine, and the saved test workflows.
 *
 * <p>Each check returns a list of problems, one sentence each, naming the file; an empty list means the check
 * passed. Factories and their {@code <Name>Settings.DECLARATION} are loaded through the given class loader, but no
 * KNIME class is ever instantiated (the compile-only API surface would throw).
 */
public final class ExtensionLint {

    /** Namespace of current node descriptions. */
    static final String DESCRIPTION_NAMESPACE = "http://knime.org/node/v5.3";

    private static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
            "Visualizer", "Widget", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown",
            "ScopeStart", "ScopeEnd", "Container");

    /** Order of the children of {@code <knimeNode>} in the v5.3 schema. */
    private static final Pattern DESCRIPTION_ORDER = Pattern.compile(
            "name shortDescription fullDescription( interactiveView)? ports( views)?( keywords)?");

    /** Required entries of a native node's settings.xml (LoadVersion >= 2.6, knime-api-facts §3.3). */
    static final List<String> REQUIRED_NODE_KEYS = List.of("node_file", "factory", "node-name",
            "node-bundle-name", "node-bundle-symbolic-name", "node-bundle-vendor", "state", "name");

    /** KNIME nodes test workflows may use besides ours: factory → (bundle, data in-ports, data out-ports). */
    static final Map<String, ForeignNode> ALLOWED_FOREIGN_NODES = Map.of(
            "org.knime.testing.node.config.TestConfigNodeFactory", new ForeignNode("org.knime.testing", 0, 0),
            "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory",
            new ForeignNode("org.knime.testing", 2, 0),
            "org.knime.base.node.io.tablecreator.TableCreator2NodeFactory", new ForeignNode("org.knime.base", 0, 1));

    /** Port object classes KNIME itself registers, which our nodes may use without registering them. */
    static final Set<String> KNIME_PORT_OBJECTS = Set.of("org.knime.core.node.port.image.ImagePortObject");

    /** Version properties of build tools and test frameworks, which the target platforms do not pin alike. */
    private static final Set<String> BUILD_TOOL_VERSIONS = Set.of("tycho-version", "surefire-version",
            "junit-version");

    /** Bundles that are built but not shipped in the feature. */
    private static final Pattern NOT_SHIPPED = Pattern.compile("io\\.spikemix\\..*\\.(lint|cli|tests)|io\\.spikemix\\.(lint|cli)");

    /** A KNIME node allowed in test workflows, with its port counts (data ports, no flow-variable port). */
    static final class ForeignNode {
        final String bundle;
        final int in;
        final int out;

        ForeignNode(String bundle, int in, int out) {
            this.bundle = bundle;
            this.in = in;
            this.out = out;
        }
    }

    /** A node factory registered in a plugin.xml. */
    private static final class RegisteredNode {
        final String factory;
        final String categoryPath;
        final Path bundleDir;
        final BundleManifest manifest;

        RegisteredNode(String factory, String categoryPath, Path bundleDir, BundleManifest manifest) {
            this.factory = factory;
            this.categoryPath = categoryPath;
            this.bundleDir = bundleDir;
            this.manifest = manifest;
        }
    }

    private final Path repo;
    private final ClassLoader loader;

    /**
     * @param repo   repository root (holding {@code plugins/}, {@code features/}, {@code test-workflows/})
     * @param loader loads the node factories and their settings declarations
     */
    public ExtensionLint(Path repo, ClassLoader loader) {
        this.repo = repo;
        this.loader = loader;
    }

    /** Every check. */
    public List<String> checkAll() {
        List<String> p = new ArrayList<>();
        p.addAll(checkNodes());
        p.addAll(checkEngineIsolation());
        p.addAll(checkFeature());
        p.addAll(checkTestWorkflows());
        p.addAll(checkLibraryVersions());
        return p;
    }

    /**
     * The plain-Maven CLI and the Tycho bundles use the same library versions: every {@code <name>-version}
     * property of the root pom that names a library of the target platforms equals that library's version in every
     * {@code releng/targets/*.target}, and all target files list the same libraries (location "libraries").
     */
    public List<String> checkLibraryVersions() {
        List<String> problems = new ArrayList<>();
        Path pom = repo.resolve("pom.xml");
        Map<String, String> properties = new LinkedHashMap<>();
        Map<Path, Set<String>> libraries = new LinkedHashMap<>();
        try {
            for (Element props : Xml.children(Xml.parse(pom).getDocumentElement(), "properties")) {
                for (Element p : Xml.children(props)) {
                    String name = Xml.localName(p);
                    if (name.endsWith("-version") && !BUILD_TOOL_VERSIONS.contains(name)) {
                        properties.put(name.substring(0, name.length() - "-version".length()), text(p));
                    }
                }
            }
            List<Path> targets;
            try (Stream<Path> s = Files.list(repo.resolve("releng/targets"))) {
                targets = s.filter(f -> f.toString().endsWith(".target")).sorted().collect(Collectors.toList());
            }
            for (Path t : targets) {
                Set<String> libs = new TreeSet<>();
                for (Element loc : Xml.children(Xml.children(Xml.parse(t).getDocumentElement(), "locations").get(0),
                        "location")) {
                    if (!"libraries".equals(loc.getAttribute("label"))) {
                        continue;
                    }
                    for (Element deps : Xml.children(loc, "dependencies")) {
                        for (Element d : Xml.children(deps, "dependency")) {
                            libs.add(text(Xml.children(d, "groupId").get(0)) + ":"
                                    + text(Xml.children(d, "artifactId").get(0)) + ":"
                                    + text(Xml.children(d, "version").get(0)));
                        }
                    }
                }
                libraries.put(t, libs);
            }
        } catch (LintException | IOException | IndexOutOfBoundsException e) {
            problems.add(repo + ": cannot read pom.xml or releng/targets/*.target: " + e.getMessage());
            return problems;
        }
        Set<String> first = null;
        for (Map.Entry<Path, Set<String>> t : libraries.entrySet()) {
            if (first == null) {
                first = t.getValue();
            } else if (!first.equals(t.getValue())) {
                problems.add(t.getKey() + ": libraries " + t.getValue() + " differ from "
                        + libraries.keySet().iterator().next().getFileName() + " " + first);
            }
        }
        for (Map.Entry<String, String> prop : properties.entrySet()) {
            for (Map.Entry<Path, Set<String>> t : libraries.entrySet()) {
                for (String lib : t.getValue()) {
                    String[] gav = lib.split(":");
                    if (gav[1].startsWith(prop.getKey()) && !gav[2].equals(prop.getValue())) {
                        problems.add(pom + ": property " + prop.getKey() + "-version is " + prop.getValue()
                                + " but " + t.getKey().getFileName() + " has " + lib);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every factory in every {@code plugins/*}{@code /plugin.xml}: source and class exist, public no-arg
     * constructor, a settings declaration, a description XML whose options, ports and icon match it; registered
     * categories and port types resolve.
     */
    public List<String> checkNodes() {
        List<String> problems = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        Set<String> portObjectClasses = new HashSet<>();
        List<RegisteredNode> nodes = new ArrayList<>();
        for (Path bundle : bundles()) {
            Path pluginXml = bundle.resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            try {
                BundleManifest mf = BundleManifest.read(bundle);
                if (!String.valueOf(mf.header("Bundle-SymbolicName")).contains("singleton:=true")) {
                    problems.add(bundle.resolve("META-INF/MANIFEST.MF") + ": a bundle contributing extensions must "
                            + "be 'singleton:=true'");
                }
                String bin = readString(bundle.resolve("build.properties"));
                if (!bin.contains("plugin.xml")) {
                    problems.add(bundle.resolve("build.properties") + ": bin.includes must list plugin.xml");
                }
                Element root = Xml.parse(pluginXml).getDocumentElement();
                for (Element ext : Xml.children(root, "extension")) {
                    String point = ext.getAttribute("point");
                    if ("org.knime.workbench.repository.categories".equals(point)) {
                        for (Element c : Xml.children(ext, "category")) {
                            String path = c.getAttribute("path");
                            categories.add((path.endsWith("/") ? path : path + "/") + c.getAttribute("level-id"));
                            for (String required : List.of("name", "path", "level-id")) {
                                if (c.getAttribute(required).isEmpty()) {
                                    problems.add(pluginXml + ": category without '" + required + "'");
                                }
                            }
                            addIfProblem(problems, c.hasAttribute("icon")
                                    ? Png.iconProblem(bundle.resolve(c.getAttribute("icon")))
                                    : pluginXml + ": category '" + c.getAttribute("level-id") + "' has no icon");
                            if (c.hasAttribute("icon") && !bin.contains(firstSegment(c.getAttribute("icon")))) {
                                problems.add(bundle.resolve("build.properties") + ": bin.includes must list "
                                        + firstSegment(c.getAttribute("icon")) + " (category icon)");
                            }
                        }
                    } else if ("org.knime.workbench.repository.nodes".equals(point)) {
                        for (Element n : Xml.children(ext, "node")) {
                            nodes.add(new RegisteredNode(n.getAttribute("factory-class"),
                                    n.getAttribute("category-path"), bundle, mf));
                        }
                    } else if ("org.knime.core.PortType".equals(point)) {
                        for (Element t : Xml.children(ext, "portType")) {
                            portObjectClasses.add(t.getAttribute("objectClass"));
                            for (String a : List.of("name", "objectClass", "objectSerializer", "specClass",
                                    "specSerializer")) {
                                if (t.getAttribute(a).isEmpty()) {
                                    problems.add(pluginXml + ": portType without '" + a + "'");
                                } else if (!"name".equals(a)) {
                                    addIfProblem(problems, classProblem(pluginXml, t.getAttribute(a)));
                                }
                            }
                        }
                    }
                }
            } catch (LintException e) {
                problems.add(e.getMessage());
            }
        }
        Set<String> seen = new HashSet<>();
        for (RegisteredNode n : nodes) {
            if (!seen.add(n.factory)) {
                problems.add("factory " + n.factory + " is registered twice");
            }
            if (!categories.contains(n.categoryPath)) {
                problems.add(n.bundleDir.resolve("plugin.xml") + ": node " + n.factory + " is in category '"
                        + n.categoryPath + "', which no plugin.xml declares (declared: " + new TreeSet<>(categories)
                        + ")");
            }
            problems.addAll(checkNode(n, portObjectClasses));
        }
        return problems;
    }

    private List<String> checkNode(RegisteredNode n, Set<String> portObjectClasses) {
        List<String> problems = new ArrayList<>();
        Path pluginXml = n.bundleDir.resolve("plugin.xml");
        Path source = sourceOf(n.bundleDir, n.factory);
        if (!Files.isRegularFile(source)) {
            problems.add(pluginXml + ": factory " + n.factory + " has no source file " + source);
            return problems;
        }
        String classProblem = factoryClassProblem(n.factory);
        if (classProblem != null) {
            problems.add(pluginXml + ": " + classProblem);
            return problems;
        }
        NodeDeclaration decl;
        try {
            decl = declarationOf(n.factory);
        } catch (LintException e) {
            problems.add(pluginXml + ": " + e.getMessage());
            return problems;
        }
        for (PortDef p : concat(decl.inPorts(), decl.outPorts())) {
            if (!p.isTable() && !portObjectClasses.contains(p.type()) && !KNIME_PORT_OBJECTS.contains(p.type())) {
                problems.add(n.factory + ": port '" + p.name() + "' carries " + p.type()
                        + ", which no plugin.xml registers under org.knime.core.PortType");
            }
        }
        problems.addAll(checkModelUsesDeclaration(source, decl));
        Path description = source.resolveSibling(simpleName(n.factory) + ".xml");
        if (!Files.isRegularFile(description)) {
            problems.add(n.factory + ": no node description " + description);
            return problems;
        }
        try {
            problems.addAll(checkDescription(description, decl));
            problems.addAll(parametersOf(n.factory, decl).check(description));
        } catch (LintException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** The web dialog parameters {@code <factory package>.<Name>Parameters} of factory {@code <Name>NodeFactory}. */
    ParametersLint parametersOf(String factory, NodeDeclaration decl) throws LintException {
        String name = factory.substring(0, factory.length() - "NodeFactory".length()) + "Parameters";
        try {
            return new ParametersLint(Class.forName(name, false, loader), decl);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new LintException("factory " + factory + " has no web dialog parameters class " + name + ": " + e);
        }
    }

    /**
     * A saved node's {@code model} config loads through its parameters class (the web dialog) to the same values
     * the classic settings models read: what a user saved before the dialogs moved to the web stays what the node
     * runs with, and what the web dialog writes is what the node model reads.
     */
    static List<String> checkParametersLoadLikeSettingsModels(Path file, ConfigTree model, NodeDeclaration decl,
            ParametersLint parameters) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> loaded;
        try {
            loaded = parameters.load(model);
        } catch (LintException e) {
            problems.add(file + ": the web dialog parameters cannot load the saved settings: " + e.getMessage());
            return problems;
        }
        for (SettingDef d : decl.settings()) {
            Object classic = d.kind() == SettingKind.COLUMN_FILTER ? model.child(d.key()).array("included_names")
                    : parse(d.kind(), model.entry(d.key()).value());
            if (classic == null && d.kind() == SettingKind.STRING) {
                classic = "";
            }
            if (!java.util.Objects.equals(classic, loaded.get(d.key()))) {
                problems.add(file + ": setting '" + d.key() + "' is " + classic + " for the node model but "
                        + loaded.get(d.key()) + " through the web dialog parameters");
            }
        }
        return problems;
    }

    /**
     * The node model builds its ports and settings from the declaration, so the ports the lint compares with the
     * description are the ports KNIME creates: {@code <Name>NodeModel.java} next to the factory passes the
     * declaration to the lifecycle base ({@code SpikeMixNodeModel}, which makes the settings with
     * {@code SettingsModels.of(declaration)}), either alone ({@code super(DECLARATION)}: the declared table ports) or
     * with {@code PortTypes.of(DECLARATION.inPorts()...)} and {@code PortTypes.of(DECLARATION.outPorts()...)}.
     */
    private static List<String> checkModelUsesDeclaration(Path factorySource, NodeDeclaration decl) {
        List<String> problems = new ArrayList<>();
        String name = factorySource.getFileName().toString().replace("NodeFactory.java", "NodeModel.java");
        Path model = factorySource.resolveSibling(name);
        String src = readString(model).replaceAll("\\s+", "");
        if (src.isEmpty()) {
            problems.add(factorySource + ": no node model source " + model);
            return problems;
        }
        if (src.contains("super(DECLARATION);")) {
            return problems;
        }
        for (String required : List.of("super(DECLARATION,", "PortTypes.of(DECLARATION.inPorts()",
                "PortTypes.of(DECLARATION.outPorts()")) {
            if (!src.contains(required)) {
                problems.add(model + ": must build its ports and settings from the declaration of '" + decl.name()
                        + "' (missing " + required + ")");
            }
        }
        return problems;
    }

    private List<String> checkDescription(Path file, NodeDeclaration decl) throws LintException {
        List<String> problems = new ArrayList<>();
        Element root = Xml.parse(file).getDocumentElement();
        if (!"knimeNode".equals(Xml.localName(root)) || !DESCRIPTION_NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add(file + ": root must be <knimeNode xmlns=\"" + DESCRIPTION_NAMESPACE + "\">");
            return problems;
        }
        String order = Xml.children(root).stream().map(Xml::localName).collect(Collectors.joining(" "));
        if (!DESCRIPTION_ORDER.matcher(order).matches()) {
            problems.add(file + ": children of <knimeNode> must follow the v5.3 schema order (name, "
                    + "shortDescription, fullDescription, [interactiveView], ports, [views], [keywords]); found: "
                    + order);
            return problems;
        }
        String type = root.getAttribute("type");
        if (!NODE_TYPES.contains(type)) {
            problems.add(file + ": type '" + type + "' is not a node type of the v5.3 schema");
        }
        String icon = root.getAttribute("icon");
        if (icon.isEmpty()) {
            problems.add(file + ": no icon");
        } else {
            addIfProblem(problems, Png.iconProblem(file.resolveSibling(icon.replaceFirst("^\\./", ""))));
        }
        String name = text(Xml.children(root, "name").get(0));
        if (!decl.name().equals(name)) {
            problems.add(file + ": <name> is '" + name + "' but the node is declared as '" + decl.name() + "'");
        }
        if (text(Xml.children(root, "shortDescription").get(0)).isEmpty()) {
            problems.add(file + ": empty <shortDescription>");
        }
        Element full = Xml.children(root, "fullDescription").get(0);
        List<Element> intro = Xml.children(full, "intro");
        if (intro.size() != 1 || text(intro.get(0)).isEmpty()) {
            problems.add(file + ": <fullDescription> needs one non-empty <intro>");
        }
        List<Element> optionElements = new ArrayList<>(Xml.children(full, "option"));
        for (Element tab : Xml.children(full, "tab")) {
            optionElements.addAll(Xml.children(tab, "option"));
        }
        Set<String> options = new HashSet<>();
        for (Element o : optionElements) {
            if (!options.add(o.getAttribute("name"))) {
                problems.add(file + ": option '" + o.getAttribute("name") + "' appears twice");
            }
            if (text(o).isEmpty()) {
                problems.add(file + ": option '" + o.getAttribute("name") + "' has no description");
            }
        }
        Set<String> labels = decl.settings().stream().map(SettingDef::label).collect(Collectors.toSet());
        for (String l : new TreeSet<>(labels)) {
            if (!options.contains(l)) {
                problems.add(file + ": no <option name=\"" + l + "\"> for setting '" + decl.settings().stream()
                        .filter(s -> s.label().equals(l)).findFirst().get().key() + "'");
            }
        }
        for (String o : new TreeSet<>(options)) {
            if (!labels.contains(o)) {
                problems.add(file + ": option '" + o + "' matches no declared setting (labels: "
                        + new TreeSet<>(labels) + ")");
            }
        }
        Element ports = Xml.children(root, "ports").get(0);
        problems.addAll(checkPorts(file, "inPort", Xml.children(ports, "inPort"), decl.inPorts()));
        problems.addAll(checkPorts(file, "outPort", Xml.children(ports, "outPort"), decl.outPorts()));
        return problems;
    }

    private static List<String> checkPorts(Path file, String element, List<Element> described, List<PortDef> declared) {
        List<String> problems = new ArrayList<>();
        if (described.size() != declared.size()) {
            problems.add(file + ": " + described.size() + " <" + element + "> elements but the node model has "
                    + declared.size() + " " + (element.startsWith("in") ? "input" : "output") + " ports");
            return problems;
        }
        Map<Integer, String> byIndex = new HashMap<>();
        for (Element p : described) {
            try {
                byIndex.put(Integer.parseInt(p.getAttribute("index")), p.getAttribute("name"));
            } catch (NumberFormatException e) {
                problems.add(file + ": <" + element + "> with index '" + p.getAttribute("index") + "'");
            }
        }
        for (int i = 0; i < declared.size(); i++) {
            String name = byIndex.get(i);
            if (name == null) {
                problems.add(file + ": no <" + element + " index=\"" + i + "\">");
            } else if (!name.equals(declared.get(i).name())) {
                problems.add(file + ": <" + element + " index=\"" + i + "\"> is named '" + name
                        + "' but the node declares '" + declared.get(i).name() + "'");
            }
        }
        return problems;
    }

    /**
     * The engine bundle has no {@code org.knime} or {@code org.eclipse} dependency: none in any Java source (main
     * or test) and none in its MANIFEST.
     */
    public List<String> checkEngineIsolation() {
        List<String> problems = new ArrayList<>();
        Path engine = repo.resolve("plugins/io.spikemix.engine");
        Pattern forbidden = Pattern.compile("\\b(org\\.knime|org\\.eclipse)\\.[a-z]");
        try (Stream<Path> files = Files.walk(engine.resolve("src"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (forbidden.matcher(lines.get(i)).find()) {
                        problems.add(f + ":" + (i + 1) + ": the engine must not use KNIME or Eclipse: "
                                + lines.get(i).trim());
                    }
                }
            }
        } catch (IOException e) {
            problems.add(engine + ": cannot read sources: " + e.getMessage());
        }
        try {
            BundleManifest mf = BundleManifest.read(engine);
            for (String header : List.of("Import-Package", "Require-Bundle", "DynamicImport-Package")) {
                for (String name : mf.names(header)) {
                    if (name.startsWith("org.knime") || name.startsWith("org.eclipse")) {
                        problems.add(engine.resolve("META-INF/MANIFEST.MF") + ": " + header + " lists " + name
                                + "; the engine must not depend on KNIME or Eclipse");
                    }
                }
            }
        } catch (LintException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /**
     * The feature ships every {@code plugins/io.spikemix.*} bundle (except lint and CLI), nothing of KNIME, and
     * requires {@code org.knime.core}.
     */
    public List<String> checkFeature() {
        List<String> problems = new ArrayList<>();
        Path featureXml = repo.resolve("features/io.spikemix.feature/feature.xml");
        try {
            Element root = Xml.parse(featureXml).getDocumentElement();
            Set<String> included = new HashSet<>();
            for (Element p : Xml.children(root, "plugin")) {
                String id = p.getAttribute("id");
                included.add(id);
                if (id.startsWith("org.knime")) {
                    problems.add(featureXml + ": includes " + id + "; KNIME bundles come from the KNIME installation "
                            + "and must not be shipped");
                }
            }
            Set<String> shipped = new TreeSet<>();
            for (Path bundle : bundles()) {
                String name = BundleManifest.read(bundle).symbolicName();
                if (name.startsWith("io.spikemix.") && !NOT_SHIPPED.matcher(name).matches()) {
                    shipped.add(name);
                }
            }
            for (String b : shipped) {
                if (!included.contains(b)) {
                    problems.add(featureXml + ": does not include bundle " + b);
                }
            }
            for (String id : included) {
                if (id.startsWith("io.spikemix.") && !shipped.contains(id)) {
                    problems.add(featureXml + ": includes " + id + ", which is not a shipped bundle under plugins/");
                }
            }
            boolean requiresCore = false;
            for (Element req : Xml.children(root, "requires")) {
                for (Element imp : Xml.children(req, "import")) {
                    requiresCore |= "org.knime.core".equals(imp.getAttribute("plugin"));
                }
            }
            if (!requiresCore) {
                problems.add(featureXml + ": must require <import plugin=\"org.knime.core\"/>");
            }
        } catch (LintException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** A workflow-relative URL in a saved setting (XML attribute value), capturing the path inside the workflow. */
    private static final Pattern WORKFLOW_RELATIVE_URL =
            Pattern.compile("value=\"knime://knime\\.workflow/([^\"]+)\"");

    /**
     * Every test workflow under {@code test-workflows/}: parses; each node's factory is ours and registered (with
     * matching bundle information) or an allowed KNIME node; the required settings.xml keys are present; our nodes'
     * {@code model} config holds exactly the keys their settings declaration saves, with KNIME's types and valid
     * values; connections join existing nodes on existing, compatible ports; every input is connected.
     */
    public List<String> checkTestWorkflows() {
        loadedThroughParameters = 0;
        List<String> problems = new ArrayList<>();
        Map<String, RegisteredNode> registered = new HashMap<>();
        for (Path bundle : bundles()) {
            Path pluginXml = bundle.resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            try {
                BundleManifest mf = BundleManifest.read(bundle);
                Element root = Xml.parse(pluginXml).getDocumentElement();
                for (Element ext : Xml.children(root, "extension")) {
                    if ("org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                        for (Element n : Xml.children(ext, "node")) {
                            registered.put(n.getAttribute("factory-class"), new RegisteredNode(
                                    n.getAttribute("factory-class"), n.getAttribute("category-path"), bundle, mf));
                        }
                    }
                }
            } catch (LintException e) {
                problems.add(e.getMessage());
            }
        }
        List<Path> workflows = workflows();
        if (workflows.isEmpty()) {
            problems.add(repo.resolve("test-workflows") + ": no test workflow (a folder with workflow.knime)");
        }
        Set<String> untested = new TreeSet<>(registered.keySet());
        for (Path wf : workflows) {
            try {
                problems.addAll(checkWorkflow(wf, registered));
                problems.addAll(checkWorkflowRelativeFiles(wf));
                untested.removeAll(factoriesUsed(wf));
            } catch (LintException e) {
                problems.add(e.getMessage());
            }
        }
        for (String factory : untested) {
            problems.add(repo.resolve("test-workflows") + ": node " + factory + " is in no testflow; every node needs "
                    + "at least one");
        }
        return problems;
    }

    /** The factories of the nodes a workflow contains. */
    private static Set<String> factoriesUsed(Path wf) throws LintException {
        Set<String> out = new HashSet<>();
        for (Path settings : nodeSettingsFiles(wf)) {
            String factory = ConfigTree.read(settings).string("factory");
            if (factory != null) {
                out.add(factory);
            }
        }
        return out;
    }

    /**
     * Every {@code knime://knime.workflow/...} URL in a node's settings names a file the workflow folder carries, so
     * the shared workflow finds its data.
     */
    private static List<String> checkWorkflowRelativeFiles(Path wf) throws LintException {
        List<String> problems = new ArrayList<>();
        for (Path settings : nodeSettingsFiles(wf)) {
            String text;
            try {
                text = Files.readString(settings);
            } catch (IOException e) {
                throw new LintException(settings + ": unreadable: " + e.getMessage());
            }
            Matcher m = WORKFLOW_RELATIVE_URL.matcher(text);
            while (m.find()) {
                Path target = wf.resolve(m.group(1)).normalize();
                if (!target.startsWith(wf) || !Files.isRegularFile(target)) {
                    problems.add(settings + ": knime://knime.workflow/" + m.group(1) + " is not a file inside the "
                            + "workflow folder " + wf);
                }
            }
        }
        return problems;
    }

    private static List<Path> nodeSettingsFiles(Path wf) throws LintException {
        try (Stream<Path> s = Files.walk(wf, 2)) {
            return s.filter(p -> p.getFileName().toString().equals("settings.xml")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new LintException(wf + ": unreadable: " + e.getMessage());
        }
    }

    /** The factory classes registered in all {@code plugins/*}{@code /plugin.xml} files, sorted. */
    public List<String> registeredFactories() {
        List<String> out = new ArrayList<>();
        for (Path bundle : bundles()) {
            Path pluginXml = bundle.resolve("plugin.xml");
            if (!Files.isRegularFile(pluginXml)) {
                continue;
            }
            try {
                for (Element ext : Xml.children(Xml.parse(pluginXml).getDocumentElement(), "extension")) {
                    if ("org.knime.workbench.repository.nodes".equals(ext.getAttribute("point"))) {
                        for (Element n : Xml.children(ext, "node")) {
                            out.add(n.getAttribute("factory-class"));
                        }
                    }
                }
            } catch (LintException e) {
                out.add("unreadable " + pluginXml);
            }
        }
        out.sort(null);
        return out;
    }

    /** The test workflow folders (each holding a workflow.knime), sorted. */
    public List<Path> workflows() {
        Path root = repo.resolve("test-workflows");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals("workflow.knime")).map(Path::getParent)
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** How many saved node settings the last {@link #checkTestWorkflows()} loaded through parameters classes. */
    int loadedThroughParameters;

    private List<String> checkWorkflow(Path wf, Map<String, RegisteredNode> registered) throws LintException {
        List<String> problems = new ArrayList<>();
        Path file = wf.resolve("workflow.knime");
        ConfigTree w = ConfigTree.read(file);
        if (w.string("version") == null) {
            problems.add(file + ": no 'version' entry");
        }
        ConfigTree nodes = w.child("nodes");
        if (nodes == null) {
            problems.add(file + ": no 'nodes' config");
            return problems;
        }
        Map<Integer, int[]> portCounts = new LinkedHashMap<>();
        Map<Integer, List<String>> inTypes = new HashMap<>();
        Map<Integer, List<String>> outTypes = new HashMap<>();
        Set<String> optionalInputs = new HashSet<>();
        boolean hasTestConfig = false;
        for (ConfigTree node : nodes.children().values()) {
            int id = node.integer("id", -1);
            String settingsFile = node.string("node_settings_file");
            if (id < 0 || settingsFile == null) {
                problems.add(file + ": node config '" + node.key() + "' needs 'id' and 'node_settings_file'");
                continue;
            }
            if (portCounts.containsKey(id)) {
                problems.add(file + ": node id " + id + " is used twice");
            }
            if (!"NativeNode".equals(node.string("node_type"))) {
                problems.add(file + ": node " + id + " has node_type '" + node.string("node_type")
                        + "'; test workflows use native nodes only");
            }
            Path settingsPath = wf.resolve(settingsFile);
            if (!Files.isRegularFile(settingsPath)) {
                problems.add(file + ": node " + id + " refers to missing " + settingsPath);
                continue;
            }
            ConfigTree s = ConfigTree.read(settingsPath);
            for (String k : REQUIRED_NODE_KEYS) {
                if (s.string(k) == null) {
                    problems.add(settingsPath + ": required entry '" + k + "' is missing or null");
                }
            }
            String factory = s.string("factory");
            if (factory == null) {
                continue;
            }
            hasTestConfig |= factory.equals("org.knime.testing.node.config.TestConfigNodeFactory");
            RegisteredNode ours = registered.get(factory);
            ForeignNode foreign = ALLOWED_FOREIGN_NODES.get(factory);
            if (ours != null) {
                BundleManifest mf = ours.manifest;
                expectEntry(problems, settingsPath, s, "node-bundle-symbolic-name", mf.symbolicName());
                expectEntry(problems, settingsPath, s, "node-bundle-name", mf.header("Bundle-Name"));
                expectEntry(problems, settingsPath, s, "node-bundle-vendor", mf.header("Bundle-Vendor"));
                NodeDeclaration decl;
                try {
                    decl = declarationOf(factory);
                } catch (LintException e) {
                    problems.add(settingsPath + ": " + e.getMessage());
                    continue;
                }
                expectEntry(problems, settingsPath, s, "node-name", decl.name());
                List<String> modelProblems = checkModelSettings(settingsPath, s.child("model"), decl);
                problems.addAll(modelProblems);
                if (modelProblems.isEmpty()) {
                    problems.addAll(checkParametersLoadLikeSettingsModels(settingsPath, s.child("model"), decl,
                            parametersOf(factory, decl)));
                    loadedThroughParameters++;
                }
                portCounts.put(id, new int[] {decl.inPorts().size(), decl.outPorts().size()});
                inTypes.put(id, decl.inPorts().stream().map(PortDef::type).collect(Collectors.toList()));
                for (int p = 0; p < decl.inPorts().size(); p++) {
                    if (decl.inPorts().get(p).isOptional()) {
                        optionalInputs.add(id + ":" + (p + 1));
                    }
                }
                outTypes.put(id, decl.outPorts().stream().map(PortDef::type).collect(Collectors.toList()));
            } else if (foreign != null) {
                expectEntry(problems, settingsPath, s, "node-bundle-symbolic-name", foreign.bundle);
                portCounts.put(id, new int[] {foreign.in, foreign.out});
                inTypes.put(id, java.util.Collections.nCopies(foreign.in, PortDef.TABLE));
                outTypes.put(id, java.util.Collections.nCopies(foreign.out, PortDef.TABLE));
            } else {
                problems.add(settingsPath + ": factory " + factory + " is neither registered in a plugins/*/plugin.xml"
                        + " nor an allowed KNIME node " + new TreeSet<>(ALLOWED_FOREIGN_NODES.keySet()));
            }
        }
        if (!hasTestConfig) {
            problems.add(file + ": a testflow needs a Testflow Configuration node");
        }
        problems.addAll(checkConnections(file, w.child("connections"), portCounts, inTypes, outTypes,
                optionalInputs));
        return problems;
    }

    private static List<String> checkConnections(Path file, ConfigTree connections, Map<Integer, int[]> portCounts,
            Map<Integer, List<String>> inTypes, Map<Integer, List<String>> outTypes, Set<String> optionalInputs) {
        List<String> problems = new ArrayList<>();
        Set<String> connectedInputs = new HashSet<>();
        if (connections != null) {
            for (ConfigTree c : connections.children().values()) {
                int src = c.integer("sourceID", -1);
                int dst = c.integer("destID", -1);
                int sp = c.integer("sourcePort", -1);
                int dp = c.integer("destPort", -1);
                String where = file + ": connection '" + c.key() + "' (" + src + ":" + sp + " -> " + dst + ":" + dp
                        + ")";
                if (!portCounts.containsKey(src) || !portCounts.containsKey(dst)) {
                    problems.add(where + " refers to a node that does not exist");
                    continue;
                }
                // port 0 is the implicit flow-variable port; data ports are 1..n
                if (sp < 0 || sp > portCounts.get(src)[1]) {
                    problems.add(where + ": node " + src + " has no output port " + sp);
                    continue;
                }
                if (dp < 0 || dp > portCounts.get(dst)[0]) {
                    problems.add(where + ": node " + dst + " has no input port " + dp);
                    continue;
                }
                if ((sp == 0) != (dp == 0)) {
                    problems.add(where + ": joins a flow-variable port to a data port");
                    continue;
                }
                if (dp > 0) {
                    if (!connectedInputs.add(dst + ":" + dp)) {
                        problems.add(where + ": input port " + dp + " of node " + dst + " is connected twice");
                    }
                    String out = outTypes.get(src).get(sp - 1);
                    String in = inTypes.get(dst).get(dp - 1);
                    if (!out.equals(in)) {
                        problems.add(where + ": joins a " + out + " output to a " + in + " input");
                    }
                }
            }
        }
        for (Map.Entry<Integer, int[]> n : portCounts.entrySet()) {
            for (int p = 1; p <= n.getValue()[0]; p++) {
                String port = n.getKey() + ":" + p;
                if (!connectedInputs.contains(port) && !optionalInputs.contains(port)) {
                    problems.add(file + ": input port " + p + " of node " + n.getKey() + " is not connected");
                }
            }
        }
        return problems;
    }

    /** The node's {@code model} config holds exactly the declared settings, as KNIME's settings models save them. */
    static List<String> checkModelSettings(Path file, ConfigTree model, NodeDeclaration decl) {
        List<String> problems = new ArrayList<>();
        if (model == null) {
            problems.add(file + ": no 'model' config");
            return problems;
        }
        Set<String> expected = decl.savedKeys();
        Set<String> actual = new HashSet<>(model.keys());
        for (String k : new TreeSet<>(expected)) {
            if (!actual.contains(k)) {
                problems.add(file + ": model setting '" + k + "' is missing (the node model reads it)");
            }
        }
        for (String k : new TreeSet<>(actual)) {
            if (!expected.contains(k)) {
                problems.add(file + ": model setting '" + k + "' is not read by the node model");
            }
        }
        for (SettingDef d : decl.settings()) {
            ConfigTree internals = model.child(d.key() + SettingDef.INTERNALS_SUFFIX);
            if (internals != null) {
                if (!d.kind().settingsModelId().equals(internals.string("SettingsModelID"))) {
                    problems.add(file + ": '" + d.key() + SettingDef.INTERNALS_SUFFIX + "' has SettingsModelID '"
                            + internals.string("SettingsModelID") + "', expected '" + d.kind().settingsModelId() + "'");
                }
                ConfigTree.Entry enabled = internals.entry("EnabledStatus");
                if (enabled == null || !"xboolean".equals(enabled.type())) {
                    problems.add(file + ": '" + d.key() + SettingDef.INTERNALS_SUFFIX
                            + "' needs an xboolean 'EnabledStatus'");
                }
            }
            if (d.kind() == SettingKind.COLUMN_FILTER) {
                ConfigTree f = model.child(d.key());
                if (f == null) {
                    if (model.hasEntry(d.key())) {
                        problems.add(file + ": column filter '" + d.key() + "' must be a config, not an entry");
                    }
                    continue;
                }
                for (String k : List.of("filter-type", "enforce_option")) {
                    if (f.string(k) == null) {
                        problems.add(file + ": column filter '" + d.key() + "' lacks '" + k + "'");
                    }
                }
                for (String k : List.of("included_names", "excluded_names")) {
                    if (f.array(k) == null) {
                        problems.add(file + ": column filter '" + d.key() + "' lacks the string array '" + k + "'");
                    }
                }
                continue;
            }
            ConfigTree.Entry e = model.entry(d.key());
            if (e == null) {
                continue;
            }
            if (!d.kind().entryType().equals(e.type())) {
                problems.add(file + ": setting '" + d.key() + "' has type " + e.type() + ", expected "
                        + d.kind().entryType());
                continue;
            }
            try {
                d.check(parse(d.kind(), e.value()));
            } catch (IllegalArgumentException ex) {
                problems.add(file + ": " + ex.getMessage());
            }
        }
        return problems;
    }

    private static Object parse(SettingKind kind, String value) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case INT:
                return Integer.valueOf(value);
            case DOUBLE:
                return Double.valueOf(value);
            case BOOLEAN:
                return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : value;
            default:
                return value;
        }
    }

    private static void expectEntry(List<String> problems, Path file, ConfigTree s, String key, String expected) {
        String actual = s.string(key);
        if (actual != null && !actual.equals(expected)) {
            problems.add(file + ": '" + key + "' is '" + actual + "', expected '" + expected + "'");
        }
    }

    /** The {@code DECLARATION} of {@code <factory package>.<Name>Settings} for factory {@code <Name>NodeFactory}. */
    NodeDeclaration declarationOf(String factory) throws LintException {
        if (!factory.endsWith("NodeFactory")) {
            throw new LintException("factory " + factory + " must be named <Name>NodeFactory");
        }
        String settings = factory.substring(0, factory.length() - "NodeFactory".length()) + "Settings";
        try {
            Field f = Class.forName(settings, true, loader).getField("DECLARATION");
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof NodeDeclaration)) {
                throw new LintException(settings + ".DECLARATION must be a static NodeDeclaration");
            }
            return (NodeDeclaration) f.get(null);
        } catch (ClassNotFoundException e) {
            throw new LintException("factory " + factory + " has no settings declaration class " + settings);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new LintException(settings + " has no public static field DECLARATION");
        }
    }

    private String factoryClassProblem(String factory) {
        Class<?> c;
        try {
            c = Class.forName(factory, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return "factory class " + factory + " cannot be loaded (" + e + ")";
        }
        if (!Modifier.isPublic(c.getModifiers()) || Modifier.isAbstract(c.getModifiers())) {
            return "factory " + factory + " must be a public, non-abstract class";
        }
        boolean isFactory = false;
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            isFactory |= "org.knime.core.node.NodeFactory".equals(s.getName());
        }
        if (!isFactory) {
            return "factory " + factory + " does not extend org.knime.core.node.NodeFactory";
        }
        try {
            if (!Modifier.isPublic(c.getConstructor().getModifiers())) {
                return "factory " + factory + " needs a public no-arg constructor";
            }
        } catch (NoSuchMethodException e) {
            return "factory " + factory + " needs a public no-arg constructor (KNIME creates it by reflection)";
        }
        return null;
    }

    private String classProblem(Path pluginXml, String binaryName) {
        try {
            Class.forName(binaryName, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return pluginXml + ": class " + binaryName + " cannot be loaded";
        }
        String topLevel = binaryName.contains("$") ? binaryName.substring(0, binaryName.indexOf('$')) : binaryName;
        Path bundle = pluginXml.getParent();
        if (!Files.isRegularFile(sourceOf(bundle, topLevel))) {
            return pluginXml + ": class " + binaryName + " is not in this bundle's sources";
        }
        return null;
    }

    private List<Path> bundles() {
        Path plugins = repo.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(plugins)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path sourceOf(Path bundle, String className) {
        return bundle.resolve("src/main/java").resolve(className.replace('.', '/') + ".java");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstSegment(String path) {
        String p = path.replaceFirst("^\\./", "");
        return p.contains("/") ? p.substring(0, p.indexOf('/') + 1) : p;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static String text(Element e) {
        return e.getTextContent() == null ? "" : e.getTextContent().trim();
    }

    private static void addIfProblem(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
