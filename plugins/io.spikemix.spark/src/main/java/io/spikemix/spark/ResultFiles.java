package io.spikemix.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.kmeans.KMeansModel;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;

/**
 * The files of a Spark run, in the CLI's formats: {@code result-<method>.json} (the {@code spikemix-fit} contract of
 * the CLI's FitResultJson, fields it has for the method), {@code labels-<method>.npy} (int32 H × W, 0-based) and for
 * {@code segment} a label map picture and a small {@code report.html}.
 */
final class ResultFiles {

    /** Labels are written into the JSON up to this many pixels; larger images have them only in the .npy file. */
    static final int MAX_JSON_LABELS = 4 << 20;

    /** Largest side of the label-map picture; larger images are shown downsampled (every s-th pixel). */
    static final int MAX_PICTURE_SIDE = 1024;

    private ResultFiles() {
    }

    static String kmeansJson(KMeansModel m, NpyDataset data, NormalizationModel normalization, long seed,
            int partitions, double seconds) {
        Json timing = new Json().put("total_s", seconds)
                .put("per_iteration_s", m.iterations() == 0 ? 0 : seconds / m.iterations());
        Json j = new Json().put("format", "spikemix-fit").put("version", 1).put("method", "kmeans").put("k", m.k())
                .put("iterations", m.iterations()).put("converged", m.converged())
                .put("loglik", (String) null)
                .put("inertia_trace", m.inertiaTrace());
        if (data.pixels() <= MAX_JSON_LABELS) {
            j.put("labels", m.labels());
        }
        j.put("labels_file", "labels-kmeans.npy")
                .put("timing", timing)
                .put("shape", new int[] { data.height(), data.width() })
                .put("normalization", normalization == null ? "none" : normalization.method().id())
                .put("seed", seed)
                .put("input", data.path())
                .put("engine", "spark")
                .put("partitions", partitions)
                .put("centroids", m.centroids())
                .put("inertia", m.inertia());
        return j.toString();
    }

    static void writeLabels(Path dir, String method, KMeansModel m, NpyDataset data) throws IOException {
        NpyWriter.writeInt32(dir.resolve("labels-" + method + ".npy"), m.labels(), data.height(), data.width());
    }

    static void writeJson(Path file, String json) throws IOException {
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }

    /** A label-map picture (1-based ids like the CLI's pictures), downsampled above {@link #MAX_PICTURE_SIDE}. */
    static boolean writeLabelMap(Path file, int[] labels, int height, int width) throws IOException {
        if (width < 2) {
            return false;
        }
        int step = Math.max(1, (Math.max(height, width) + MAX_PICTURE_SIDE - 1) / MAX_PICTURE_SIDE);
        int h = (height + step - 1) / step;
        int w = (width + step - 1) / step;
        int[] shown = new int[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int l = labels[(y * step) * width + x * step];
                shown[y * w + x] = l >= 0 ? l + 1 : l;
            }
        }
        int scale = Math.max(1, Math.min(8, 360 / Math.max(h, w)));
        Files.write(file, PngImages.encode(LabelMapRenderer.builder().scale(scale).build()
                .render(LabelMap.of(h, w, shown))));
        return true;
    }

    static void writeReport(Path file, KMeansModel m, NpyDataset data, boolean picture, int partitions, double seconds)
            throws IOException {
        int[] sizes = new int[m.k()];
        for (int l : m.labels()) {
            sizes[l]++;
        }
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>SpikeMix on Spark: "
                + esc(data.path()) + "</title></head><body>\n<h1>SpikeMix on Spark</h1>\n"
                + "<p>Input " + esc(data.path()) + String.format(Locale.ROOT, " (%d x %d pixels, %d bands), k-means"
                        + " with K = %d: %d iterations%s, inertia %.6g, %d partitions, %.1f s.</p>\n",
                        data.height(), data.width(), data.bands(), m.k(), m.iterations(),
                        m.converged() ? " (converged)" : "", m.inertia(), partitions, seconds)
                + (picture ? "<p><img src=\"label-maps.png\" alt=\"k-means label map\"></p>\n" : "")
                + "<p>Cluster sizes (clusters numbered 1..K as in the picture): " + esc(Arrays.toString(sizes))
                + "</p>\n<p>Files: result-kmeans.json, labels-kmeans.npy.</p>\n</body></html>\n";
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
