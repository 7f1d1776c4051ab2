package io.spikemix.knime.reader.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.knime.base.node.DeclaredValues;

class CubeLocationTest {

    @TempDir
    Path dir;

    @Test
    void aPlainPathIsTakenAsIs() {
        Path p = dir.resolve("cube.npy");
        assertEquals(p, CubeLocation.toPath(p.toString(), "File"));
    }

    @Test
    void aWindowsDriveLetterIsAPathNotAUrlScheme() {
        assertFalse(CubeLocation.isUrl("C:\\data\\cube.hdr"));
        assertFalse(CubeLocation.isUrl("C:/data/cube.hdr"));
        assertTrue(CubeLocation.isUrl("knime://knime.workflow/cube.npy"));
        assertTrue(CubeLocation.isUrl("file:/tmp/cube.npy"));
    }

    @Test
    void aFileUrlMapsToItsPath() {
        Path p = dir.resolve("a folder").resolve("cube.hdr");
        assertEquals(p, CubeLocation.toPath(p.toUri().toString(), "File"));
    }

    @Test
    void aUrlWhoseConnectionResolvesToALocalFileMapsToThatFile() throws MalformedURLException {
        // stands in for KNIME's handler of knime://knime.workflow/..., which opens the resolved file: URL
        Path target = dir.resolve("workflow").resolve("cube.npy");
        URL url = new URL(null, "knime://knime.workflow/cube.npy", resolvingTo(target.toUri().toURL()));
        assertEquals(target, CubeLocation.toPath(url, "File"));
    }

    @Test
    void aUrlResolvingToARemoteLocationIsRefusedWithWhatToDo() throws MalformedURLException {
        URL url = new URL(null, "knime://My-Hub/Users/me/cube.npy",
                resolvingTo(new URL("https://hub.example.org/files/cube.npy")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeLocation.toPath(url, "File"));
        assertTrue(e.getMessage().contains("'File' URL knime://My-Hub/Users/me/cube.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("https://hub.example.org/files/cube.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("not a local file"), e.getMessage());
        assertTrue(e.getMessage().contains("download it"), e.getMessage());
    }

    @Test
    void aUrlWithAnUnknownSchemeNamesTheSettingAndTheAcceptedForms() {
        // outside KNIME no handler is registered for knime:, as for any unknown scheme
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeLocation.toPath("nosuchscheme://host/cube.npy", "File"));
        assertTrue(e.getMessage().contains("'File' setting"), e.getMessage());
        assertTrue(e.getMessage().contains("nosuchscheme://host/cube.npy"), e.getMessage());
        assertTrue(e.getMessage().contains("knime://knime.workflow/cube.npy"), e.getMessage());
    }

    @Test
    void aConnectionThatFailsIsReportedWithTheUrl() throws MalformedURLException {
        URL url = new URL(null, "knime://knime.workflow/missing.npy", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                throw new IOException("no workflow context");
            }
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CubeLocation.toPath(url, "File"));
        assertTrue(e.getMessage().contains("knime://knime.workflow/missing.npy cannot be resolved: no workflow context"),
                e.getMessage());
    }

    @Test
    void theReaderSettingsResolveAFileUrlToThePathTheyRead() {
        Path p = dir.resolve("cube.npy");
        CubeReadSettings s = CubeReadSettings.of(DeclaredValues.defaults(SpectralCubeReaderSettings.DECLARATION)
                .with(SpectralCubeReaderSettings.FILE, p.toUri().toString()));
        assertEquals(p, s.file());
    }

    private static URLStreamHandler resolvingTo(URL resolved) {
        return new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(resolved) {
                    @Override
                    public void connect() {
                        // nothing to connect: only the resolved URL is asked for
                    }
                };
            }
        };
    }
}
