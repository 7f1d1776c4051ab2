package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spikemix synth}: writes a spectral image phantom drawn from the spiked mixture model ({@link SpikedPhantom})
 * as an H × W × B float32 {@code .npy}, and its ground truth as JSON: {@code spikes} (K × B), {@code labels}
 * (row-major, 1..K), {@code shape} [H, W], {@code bands} {values, unit}, {@code sigma2}, {@code seed}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Generate a spectral image phantom with known truth: k regions, each a smooth positive spike "
                + "spectrum times a random brightness in [0.25, 1.75], plus Gaussian noise of variance sigma2.",
                "Writes the cube as H x W x B float32 .npy (band axis 400-1000 nm, stored in the truth file) and the "
                        + "truth as JSON (spikes, labels 1..k row-major, shape, bands, sigma2)." })
final class SynthCommand extends SubCommand {

    @Option(names = "--out", required = true, paramLabel = "CUBE.npy", description = "Output cube (.npy).")
    private Path out;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.json", description = "Output ground truth (JSON).")
    private Path truth;

    @Option(names = "--shape", defaultValue = "120x160", paramLabel = "HxW", description = "Image size (default: ${DEFAULT-VALUE}).")
    private String shape;

    @Option(names = "--bands", defaultValue = "80", paramLabel = "B", description = "Spectral bands (default: ${DEFAULT-VALUE}).")
    private int bands;

    @Option(names = "--k", defaultValue = "6", paramLabel = "K", description = "Regions / spikes (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--sigma2", defaultValue = "0.01", paramLabel = "S2",
            description = "Noise variance per band; spikes peak at 1 (default: ${DEFAULT-VALUE}).")
    private double sigma2;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException, CanceledException {
        if (!InputFiles.extension(out).equals("npy")) {
            throw new CliException("--out " + out + ": expected a .npy file name");
        }
        OutputGuard guard = new OutputGuard();
        guard.outputFile("--out", out);
        guard.outputFile("--truth", truth);
        int[] hw = parseShape("--shape", shape);
        PhantomOptions options;
        try {
            options = new PhantomOptions(hw[0], hw[1], bands, k, sigma2, seed);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        CommandLine cmd = commandLine();
        ConsoleProgress progress = progress(cmd);
        try {
            SpikedPhantom phantom = SpikedPhantom.generate(options);
            ObjectNode t = FitResultJson.MAPPER.createObjectNode();
            t.put("format", "spikemix-truth");
            t.put("version", 1);
            t.set("spikes", FitResultJson.matrix(phantom.spikes()));
            t.set("labels", FitResultJson.ints(phantom.labels()));
            t.set("shape", FitResultJson.ints(hw));
            t.set("bands", FitResultJson.bands(phantom.cube().bands()));
            t.put("sigma2", sigma2);
            t.put("seed", seed);
            byte[] json = FitResultJson.MAPPER.writeValueAsBytes(t);
            NpyWriter.write(out, phantom.cube(), progress.stage("write"));
            try {
                io.spikemix.engine.io.AtomicFiles.write(truth, tmp -> Files.write(tmp, json));
            } catch (IOException | CanceledException e) {
                Files.deleteIfExists(out);
                throw e;
            }
            progress.done();
            cmd.getOut().printf(Locale.ROOT, "Phantom %d x %d pixels, %d bands (400-1000 nm), %d regions, sigma2 = %s, "
                    + "seed %d%nWrote %s and %s%n", hw[0], hw[1], bands, k, sigma2, seed, out, truth);
            cmd.getOut().flush();
            return SpikeMixCommand.OK;
        } finally {
            progress.done();
        }
    }

    /** Parses "HxW" (also "H,W"); a malformed value is a {@link CliException} naming the option. */
    static int[] parseShape(String option, String value) {
        String[] p = value.toLowerCase(Locale.ROOT).split("[x,]", -1);
        try {
            if (p.length != 2) {
                throw new NumberFormatException();
            }
            int h = Integer.parseInt(p[0].trim());
            int w = Integer.parseInt(p[1].trim());
            if (h < 1 || w < 1) {
                throw new NumberFormatException();
            }
            return new int[] { h, w };
        } catch (NumberFormatException e) {
            throw new CliException(option + ": expected HxW with two positive integers (e.g. 120x160), got '" + value + "'");
        }
    }
}
