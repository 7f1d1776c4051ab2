package io.spikemix.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * An OSGi framework (Equinox, the one KNIME runs on) holding a platform and the bundles of a p2 repository, started
 * the way an installation starts them: every bundle of the repository is started with its activation policy, which
 * resolves it (all its Import-Package, Require-Bundle and Require-Capability headers) or fails with the OSGi
 * resolver's message naming the unsatisfied requirement.
 */
final class KnimeInstallation implements AutoCloseable {

    private final Framework framework;
    private final Map<String, Bundle> repositoryBundles = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private KnimeInstallation(Framework framework) {
        this.framework = framework;
    }

    /**
     * Installs {@code platform} and then {@code repository} into a fresh framework whose storage is {@code storage},
     * and starts every repository bundle.
     */
    static KnimeInstallation start(List<Path> platform, List<Path> repository, Path storage) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        KnimeInstallation installation = new KnimeInstallation(factory.newFramework(config));
        installation.framework.start();
        List<Bundle> platformBundles = new ArrayList<>();
        for (Path jar : platform) {
            platformBundles.add(installation.install(jar));
        }
        for (Path jar : repository) {
            Bundle b = installation.install(jar);
            installation.repositoryBundles.put(b.getSymbolicName(), b);
        }
        for (Bundle b : platformBundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        for (Bundle b : installation.repositoryBundles.values()) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start(Bundle.START_ACTIVATION_POLICY);
            } catch (BundleException e) {
                installation.problems.add(b.getSymbolicName() + " " + b.getVersion() + ": "
                        + e.getMessage().replaceAll("\\s+", " "));
            }
        }
        return installation;
    }

    private Bundle install(Path jar) throws BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
        } catch (IOException e) {
            throw new BundleException("cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    /** One line per repository bundle that could not be resolved and started, naming the missing requirement. */
    List<String> problems() {
        return problems;
    }

    /** The installed repository bundle with the given symbolic name, or null. */
    Bundle bundle(String symbolicName) {
        return repositoryBundles.get(symbolicName);
    }

    Map<String, Bundle> repositoryBundles() {
        return repositoryBundles;
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(30_000);
    }

    /** Unpacks the {@code plugins/*.jar} of a p2 repository zip into {@code dir} and returns them. */
    static List<Path> unpackPlugins(Path repositoryZip, Path dir) throws IOException {
        List<Path> jars = new ArrayList<>();
        Files.createDirectories(dir);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(repositoryZip))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String name = e.getName();
                if (name.startsWith("plugins/") && name.endsWith(".jar") && name.indexOf('/', 8) < 0) {
                    Path jar = dir.resolve(name.substring("plugins/".length()));
                    Files.copy(zip, jar);
                    jars.add(jar);
                }
            }
        }
        jars.sort(null);
        return jars;
    }

    /** The symbolic name of a bundle jar (without directives), or null if it has none. */
    static String symbolicName(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            String bsn = f.getManifest() == null ? null
                    : f.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? null : bsn.split(";")[0].trim();
        }
    }
}
