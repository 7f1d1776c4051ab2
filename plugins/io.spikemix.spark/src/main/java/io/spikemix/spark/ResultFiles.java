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
 * the CLI's FitResultJson, with the fields it has for the method), per input file {@code labels-<method>.npy} (int32
 * H × W, 0-based; {@code labels-<method>-<i>.npy} for file i of several) and {@code labels-<method>.csv}, and for
 * {@code segment} label-map pictures and a small {@code report.html}.
 */
final class ResultFiles {

    /** Labels are written into the JSON and the CSV up to this many pixels; above, only the .npy files hold them. */
    static final int MAX_JSON_LABELS = 4 << 20;

    /** Largest side of a label-map picture; larger images are shown downsampled (every s-th pixel). */
    static final int MAX_PICTURE_SIDE = 1024;

    private ResultFiles() {
    }

    /** The name of file i's output with the given stem and extension: no index for a single input. */
    static String perFile(CubeDataset data, String stem, int i, String ext) {
        return data.files().size() == 1 ? stem + "." + ext : stem + "-" + (i + 1) + "." + ext;
    }

    private static int[] labelsOf(KMeansModel m, CubeDataset data, int i) {
        int from = data.firstRow(i);
        return Arrays.copyOfRange(m.labels(), from, from + data.files().get(i).pixels());
    }

    static String kmeansJson(KMeansModel m, CubeDataset data, NormalizationModel normalization, long seed,
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
        boolean single = data.files().size() == 1;
        NpyDataset first = data.files().get(0);
        j.put("timing", timing)
                .put("shape", single ? new int[] { first.height(), first.width() } : new int[] { data.pixels(), 1 })
                .put("normalization", normalization == null ? "none" : normalization.method().id())
                .put("seed", seed)
                .put("input", single ? first.path() : data.describe())
                .put("engine", "spark")
                .put("partitions", partitions);
        for (int i = 0; i < data.files().size(); i++) {
            NpyDataset f = data.files().get(i);
            j.put("file_" + (i + 1), new Json().put("input", f.path())
                    .put("shape", new int[] { f.height(), f.width() })
                    .put("first_row", data.firstRow(i))
                    .put("labels_file", perFile(data, "labels-kmeans", i, "npy")));
        }
        j.put("centroids", m.centroids()).put("inertia", m.inertia());
        return j.toString();
    }

    /** labels-&lt;method&gt;[-i].npy and .csv for every input file. */
    static void writeLabels(Path dir, String method, KMeansModel m, CubeDataset data) throws IOException {
        for (int i = 0; i < data.files().size(); i++) {
            NpyDataset f = data.files().get(i);
            int[] labels = labelsOf(m, data, i);
            NpyWriter.writeInt32(dir.resolve(perFile(data, "labels-" + method, i, "npy")), labels, f.height(),
                    f.width());
            writeLabelsCsv(dir.resolve(perFile(data, "labels-" + method, i, "csv")), labels, f.width());
        }
    }

    /**
     * The labels as a pixel table a KNIME workflow can read with its CSV reader and join to its own pixel table:
     * columns {@code x}, {@code y} (0-based, docs/table-conventions.md) and {@code cluster} (1-based, as the nodes'
     * cluster column). Written up to {@link #MAX_JSON_LABELS} pixels.
     */
    static boolean writeLabelsCsv(Path file, int[] labels, int width) throws IOException {
        if (labels.length > MAX_JSON_LABELS) {
            return false;
        }
        StringBuilder sb = new StringBuilder(labels.length * 12).append("x,y,cluster\n");
        for (int i = 0; i < labels.length; i++) {
            sb.append(i % width).append(',').append(i / width).append(',').append(labels[i] + 1).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return true;
    }

    static void writeJson(Path file, String json) throws IOException {
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
    }

    /** label-maps[-i].png for every input file that is an image; returns the names written. */
    static java.util.List<String> writeLabelMaps(Path dir, KMeansModel m, CubeDataset data) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < data.files().size(); i++) {
            NpyDataset f = data.files().get(i);
            String name = perFile(data, "label-maps", i, "png");
            if (writeLabelMap(dir.resolve(name), labelsOf(m, data, i), f.height(), f.width())) {
                names.add(name);
            }
        }
        return names;
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

    static void writeReport(Path file, KMeansModel m, CubeDataset data, java.util.List<String> pictures,
            int partitions, double seconds) throws IOException {
        int[] sizes = new int[m.k()];
        for (int l : m.labels()) {
            sizes[l]++;
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>SpikeMix on "
                + "Spark</title></head><body>\n<h1>SpikeMix on Spark</h1>\n");
        html.append(String.format(Locale.ROOT, "<p>k-means with K = %d on %d pixels, %d bands: %d iterations%s, "
                + "inertia %.6g, %d partitions, %.1f s.</p>\n", m.k(), data.pixels(), data.bands(), m.iterations(),
                m.converged() ? " (converged)" : "", m.inertia(), partitions, seconds));
        for (int i = 0; i < data.files().size(); i++) {
            NpyDataset f = data.files().get(i);
            html.append("<h2>").append(esc(f.path())).append("</h2>\n<p>").append(f.height()).append(" x ")
                    .append(f.width()).append(" pixels; labels in ").append(perFile(data, "labels-kmeans", i, "npy"))
                    .append("</p>\n");
            String pic = perFile(data, "label-maps", i, "png");
            if (pictures.contains(pic)) {
                html.append("<p><img src=\"").append(pic).append("\" alt=\"k-means label map\"></p>\n");
            }
        }
        html.append("<p>Cluster sizes (clusters numbered 1..K as in the pictures): ").append(esc(Arrays.toString(sizes)))
                .append("</p>\n<p>Files: result-kmeans.json, labels-kmeans*.npy, labels-kmeans*.csv (up to ")
                .append(MAX_JSON_LABELS).append(" pixels).</p>\n</body></html>\n");
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
