package io.spikemix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.io.SpectralFormat;
import io.spikemix.engine.io.SpectralReaders;
import io.spikemix.engine.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spikemix info FILE}: reads a cube with the reader options and prints what the readers made of it (see
 * {@link CubeSummary}), as text or, with {@code --json}, as one JSON object.
 */
@Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Read a spectral cube and describe it: format, files and sizes, image size with valid and masked "
                + "pixels, band axis (count, range, unit, fwhm), value range with NaN/Inf counts, format metadata "
                + "(ENVI map info, imzML UUID and mode, MATLAB variable).",
                "Formats: ENVI (.hdr + data), imzML (.imzML + .ibd), MATLAB .mat (v5, v7.3), NumPy .npy, CSV." })
final class InfoCommand extends SubCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The cube: an ENVI header or data file, .imzML, .mat, .npy or .csv.")
    private Path input;

    @Option(names = "--json", description = "Print one JSON object instead of text (keys: file, format, files, image, "
            + "bands, values, metadata).")
    private boolean json;

    @Mixin
    private ReaderOptions readerOptions;

    @Override
    public Integer call() throws IOException, CanceledException {
        if (!Files.isRegularFile(input)) {
            throw new CliException(input + ": " + (Files.exists(input) ? "is not a regular file" : "file not found"));
        }
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        CubeSummary summary;
        try {
            SpectralFormat format = SpectralReaders.formatOf(input, readerOptions.toReadOptions());
            SpectralCube cube = CubeLoading.load(input, readerOptions, progress);
            summary = CubeSummary.of(input, format, cube, progress.stage("scan"));
        } finally {
            progress.done();
        }
        PrintWriter out = cmd.getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(toJson(mapper, summary)));
        } else {
            printText(out, summary);
        }
        out.flush();
        return SpikeMixCommand.OK;
    }

    private void printText(PrintWriter out, CubeSummary s) {
        SpectralCube cube = s.cube();
        out.printf(Locale.ROOT, "File:      %s%n", input);
        out.printf(Locale.ROOT, "Format:    %s%n", s.format());
        for (Map.Entry<Path, Long> f : s.files().entrySet()) {
            out.printf(Locale.ROOT, "  %-40s %,15d bytes%n", f.getKey().getFileName(), f.getValue());
        }
        if (cube.hasImageShape()) {
            out.printf(Locale.ROOT, "Image:     %d x %d (H x W), %,d pixels: %,d valid, %,d masked%n", cube.height(),
                    cube.width(), cube.pixelCount(), cube.validCount(), s.maskedPixels());
        } else {
            out.printf(Locale.ROOT, "Table:     %,d spectra (no image shape)%n", cube.validCount());
        }
        BandAxis axis = cube.bands();
        if (axis.isIndexOnly()) {
            out.printf(Locale.ROOT, "Bands:     %,d (no axis values; index 0 .. %d)%n", axis.size(), axis.size() - 1);
        } else {
            double[] r = s.axisRange();
            out.printf(Locale.ROOT, "Bands:     %,d, %s .. %s %s (first %s, last %s), fwhm %s, band names %s%n",
                    axis.size(), num(r[0]), num(r[1]), axis.unit().isEmpty() ? "(no unit)" : axis.unit(), num(axis.value(0)),
                    num(axis.value(axis.size() - 1)),
                    axis.fwhm().isPresent() ? "yes" : "no", axis.names().isPresent() ? "yes" : "no");
        }
        out.printf(Locale.ROOT, "Values:    min %s, max %s, NaN %,d, +/-Inf %,d (over %,d x %,d values)%n", num(s.min()),
                num(s.max()), s.nan(), s.infinite(), cube.validCount(), cube.bandCount());
        var md = s.notableMetadata();
        if (!md.isEmpty()) {
            out.println("Metadata:");
            for (Map.Entry<String, String> e : md) {
                out.printf(Locale.ROOT, "  %-24s %s%n", e.getKey(), shorten(e.getValue()));
            }
        }
    }

    private ObjectNode toJson(ObjectMapper mapper, CubeSummary s) {
        SpectralCube cube = s.cube();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", input.toString());
        root.put("format", s.format().name());
        ArrayNode files = root.putArray("files");
        for (Map.Entry<Path, Long> f : s.files().entrySet()) {
            files.addObject().put("path", f.getKey().toString()).put("bytes", f.getValue());
        }
        ObjectNode image = root.putObject("image");
        image.put("hasImageShape", cube.hasImageShape());
        image.put("height", cube.height());
        image.put("width", cube.width());
        image.put("pixels", cube.pixelCount());
        image.put("valid", cube.validCount());
        image.put("masked", s.maskedPixels());
        BandAxis axis = cube.bands();
        ObjectNode bands = root.putObject("bands");
        bands.put("count", axis.size());
        bands.put("unit", axis.unit());
        bands.put("indexOnly", axis.isIndexOnly());
        double[] r = s.axisRange();
        bands.put("min", r[0]);
        bands.put("max", r[1]);
        bands.put("first", axis.value(0));
        bands.put("last", axis.value(axis.size() - 1));
        bands.put("fwhm", axis.fwhm().isPresent());
        bands.put("names", axis.names().isPresent());
        ObjectNode values = root.putObject("values");
        putFinite(values, "min", s.min());
        putFinite(values, "max", s.max());
        values.put("nan", s.nan());
        values.put("infinite", s.infinite());
        ObjectNode metadata = root.putObject("metadata");
        s.otherMetadata().forEach(metadata::put);
        return root;
    }

    private static void putFinite(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    private static String num(double v) {
        return CompactNumber.format(v, 6);
    }

    private static String shorten(String v) {
        String oneLine = v.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }
}
