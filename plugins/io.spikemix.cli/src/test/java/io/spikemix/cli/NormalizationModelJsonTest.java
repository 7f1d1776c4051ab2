package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.ProgressMonitor;

class NormalizationModelJsonTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenModelReadsBackEqual() throws Exception {
        SpectralMatrix x = SpectralMatrix.of(new double[][] { { 1, 2, 3 }, { 0, 0, 0 }, { 4, 0.5, 3 } });
        for (NormalizationMethod method : NormalizationMethod.values()) {
            NormalizationModel m = NormalizationModel.fit(method, x, NonFinitePolicy.REJECT, ProgressMonitor.NONE);
            NormalizationResult r = m.apply(x, NonFinitePolicy.REJECT, ProgressMonitor.NONE);
            Path file = dir.resolve(method.id() + ".json");
            Files.write(file, NormalizationModelJson.toBytes(m, r));
            assertEquals(m, NormalizationModelJson.read(file));
        }
    }

    @Test
    void badModelFilesNameTheField() throws Exception {
        Path notJson = dir.resolve("a.json");
        Files.writeString(notJson, "{ nope");
        assertTrue(assertThrows(SpectralFileException.class, () -> NormalizationModelJson.read(notJson)).getMessage()
                .contains("not a readable JSON file"));

        Path wrongFormat = dir.resolve("b.json");
        Files.writeString(wrongFormat, "{\"format\": \"other\"}");
        assertEquals("format", assertThrows(SpectralFileException.class, () -> NormalizationModelJson.read(wrongFormat)).field());

        Path badMethod = dir.resolve("c.json");
        Files.writeString(badMethod, "{\"format\": \"spikemix-normalization\", \"method\": \"zscore\"}");
        SpectralFileException e = assertThrows(SpectralFileException.class, () -> NormalizationModelJson.read(badMethod));
        assertEquals("method", e.field());
        assertTrue(e.getMessage().contains("'minmax', 'l1', 'tic'"), e.getMessage());

        Path badValue = dir.resolve("d.json");
        Files.writeString(badValue, "{\"format\": \"spikemix-normalization\", \"method\": \"l1\", \"feature_min\": [0, \"x\"],"
                + " \"feature_max\": [1, 1], \"reference_scale\": 2}");
        assertEquals("feature_min[1]", assertThrows(SpectralFileException.class, () -> NormalizationModelJson.read(badValue)).field());

        Path badScale = dir.resolve("e.json");
        Files.writeString(badScale, "{\"format\": \"spikemix-normalization\", \"method\": \"tic\", \"feature_min\": [0],"
                + " \"feature_max\": [1], \"reference_scale\": 0}");
        assertTrue(assertThrows(SpectralFileException.class, () -> NormalizationModelJson.read(badScale)).getMessage()
                .contains("'referenceScale' parameter must be a finite number > 0"));
    }
}
