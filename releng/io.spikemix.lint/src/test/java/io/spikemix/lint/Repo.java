package io.spikemix.lint;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The repository checkout under test (system property {@code spikemix.repo}, set by the parent pom). */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String p = System.getProperty("spikemix.repo");
        Path root = p == null ? Path.of("../..").toAbsolutePath().normalize() : Path.of(p);
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("plugins")), "repository root not found: " + root);
        return root;
    }

    static ExtensionLint lint(Path root) {
        return new ExtensionLint(root, Repo.class.getClassLoader());
    }
}
