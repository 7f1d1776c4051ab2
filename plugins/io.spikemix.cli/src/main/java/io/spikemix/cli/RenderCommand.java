package io.spikemix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.io.AtomicFiles;
import io.spikemix.engine.io.OutputGuard;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.render.ComparisonPanel;
import io.spikemix.engine.render.LabelMap;
import io.spikemix.engine.render.LabelMapRenderer;
import io.spikemix.engine.render.PngImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spikemix render}: label maps from {@code fit} results (or a truth file) side by side in one PNG, colours
 * aligned to the first map so corresponding segments share a colour.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Draw label maps from 'fit' results (or a 'synth' truth file) side by side as one PNG, with "
                + "colours matched to the first map." })
final class RenderCommand extends SubCommand {

    @Option(names = "--labels", required = true, paramLabel = "RESULT.json",
            description = "A result or truth JSON with per-pixel labels; repeat for several maps (left to right).")
    private List<Path> labels;

    @Option(names = "--shape", paramLabel = "HxW", description = "Image size when the files do not say (default: their 'shape').")
    private String shape;

    @Option(names = "--scale", defaultValue = "0", paramLabel = "S",
            description = "Pixels per data pixel (default: chosen so each map is about 360 pixels wide).")
    private int scale;

    @Option(names = "--out", required = true, paramLabel = "PANEL.png", description = "Output PNG.")
    private Path out;

    @Override
    public Integer call() throws IOException, CanceledException {
        if (!InputFiles.extension(out).equals("png")) {
            throw new CliException("--out " + out + ": expected a .png file name");
        }
        OutputGuard guard = new OutputGuard();
        labels.forEach(l -> guard.input("--labels", l));
        guard.outputFile("--out", out);
        int[] given = shape == null ? null : SynthCommand.parseShape("--shape", shape);
        List<ComparisonPanel.Entry> entries = new ArrayList<>();
        int[] hw = given;
        for (Path p : labels) {
            LabelsFile f = LabelsFile.read(p);
            int[] s = given != null ? given : f.shape();
            if (s == null) {
                throw new CliException(p + ": has no 'shape'; pass --shape HxW");
            }
            if ((long) s[0] * s[1] != f.labels().length) {
                throw new CliException(p + ": " + f.labels().length + " labels do not fill a " + s[0] + "x" + s[1] + " image");
            }
            if (hw != null && (hw[0] != s[0] || hw[1] != s[1])) {
                throw new CliException(p + ": shape " + s[0] + "x" + s[1] + " differs from the first map's " + hw[0] + "x" + hw[1]);
            }
            hw = s;
            entries.add(new ComparisonPanel.Entry(f.title(), LabelMap.of(s[0], s[1], f.labels())));
        }
        int sc = scale > 0 ? scale : Math.max(1, Math.min(8, 360 / Math.max(hw[0], hw[1])));
        if (sc > 64) {
            throw new CliException("--scale: must be between 1 and 64, got " + scale);
        }
        byte[] png = PngImages.encode(new ComparisonPanel(LabelMapRenderer.builder().scale(sc).build(), true)
                .render(entries).image());
        AtomicFiles.write(out, tmp -> Files.write(tmp, png));
        commandLine().getOut().println("Wrote " + out + " (" + entries.size() + " maps, " + hw[0] + "x" + hw[1] + ")");
        commandLine().getOut().flush();
        return SpikeMixCommand.OK;
    }
}
