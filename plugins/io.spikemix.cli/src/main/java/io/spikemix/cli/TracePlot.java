package io.spikemix.cli;

import java.util.List;
import java.util.stream.IntStream;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.render.PngImages;
import io.spikemix.engine.render.SpectraPlotRenderer;

/** A small line plot of a log-likelihood trace against the iteration, drawn with the engine's line-plot renderer. */
final class TracePlot {

    private TracePlot() {
    }

    /** PNG of {@code trace} (entry t after t iterations), or null when there are fewer than two entries. */
    static byte[] png(String title, double[] trace, int colorId) {
        if (trace.length < 2) {
            return null;
        }
        BandAxis iterations = BandAxis.of(IntStream.range(0, trace.length).asDoubleStream().toArray(), "iteration");
        SpectraPlotRenderer r = SpectraPlotRenderer.builder().size(420, 260).title(title).xLabel("EM iteration")
                .yLabel("Log-likelihood").legend(false).build();
        return PngImages.encode(r.render(iterations, List.of(new SpectraPlotRenderer.Series("log-likelihood", colorId, trace))));
    }
}
