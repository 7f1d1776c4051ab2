package io.spikemix.engine.synth;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import java.util.SplittableRandom;

/**
 * A spectral image phantom drawn from the spiked mixture model, with its ground truth.
 *
 * <p>The image is split into {@code k} regions (Voronoi cells of well-spread random seeds, with wavy boundaries so
 * they look like tissue or land cover rather than polygons). Region {@code z} has spike {@code x_z}: a smooth,
 * non-negative spectrum made of two to four Gaussian bands with unit peak height, and spikes are redrawn until
 * every pair differs in shape (absolute cosine below 0.95). Pixel {@code i} in region {@code z} is
 * {@code y_i = α_i x_z + ε_i} (method.md §1) with a positive brightness {@code α_i ~ U(0.25, 1.75)} — real
 * abundances are positive, unlike the model's N(0, 1) scale, and the SMM is sign-invariant anyway — and noise
 * {@code ε_i ~ N(0, σ² I)}. The band axis runs from 400 to 1000 nm.
 *
 * <p>Truth labels are 1..k (0 is reserved for "unlabelled" by the scorers). Cost: O(height·width·(k + bands)).
 */
public final class SpikedPhantom {

    private static final double MIN_NM = 400;
    private static final double MAX_NM = 1000;
    private static final double MAX_ABS_COSINE = 0.95;

    private final PhantomOptions options;
    private final SpectralCube cube;
    private final double[][] spikes;
    private final int[] labels;
    private final double[] alphas;

    private SpikedPhantom(PhantomOptions options, SpectralCube cube, double[][] spikes, int[] labels, double[] alphas) {
        this.options = options;
        this.cube = cube;
        this.spikes = spikes;
        this.labels = labels;
        this.alphas = alphas;
    }

    /** Draws a phantom; the same options (seed included) always give the same phantom. */
    public static SpikedPhantom generate(PhantomOptions o) {
        SplittableRandom rng = new SplittableRandom(o.seed());
        double[] nm = new double[o.bands()];
        for (int b = 0; b < nm.length; b++) {
            nm[b] = MIN_NM + (MAX_NM - MIN_NM) * b / (o.bands() - 1);
        }
        double[][] spikes = drawSpikes(o, nm, rng.split());
        int[] labels = drawRegions(o, rng.split());
        SplittableRandom noise = rng.split();
        SpectralMatrix y = SpectralMatrix.allocate(o.height() * o.width(), o.bands());
        double sigma = Math.sqrt(o.sigma2());
        double[] alphas = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double[] x = spikes[labels[i] - 1];
            double alpha = 0.25 + 1.5 * noise.nextDouble();
            alphas[i] = alpha;
            float[] blk = y.blockOf(i);
            int off = y.offsetOf(i);
            for (int b = 0; b < x.length; b++) {
                blk[off + b] = (float) (alpha * x[b] + sigma * gaussian(noise));
            }
        }
        SpectralCube cube = SpectralCube.full(o.height(), o.width(), y, BandAxis.of(nm, "nm"));
        return new SpikedPhantom(o, cube, spikes, labels, alphas);
    }

    private static double[][] drawSpikes(PhantomOptions o, double[] nm, SplittableRandom rng) {
        double[][] spikes = new double[o.k()][];
        for (int k = 0; k < o.k(); k++) {
            // Redraw until the shape differs from all earlier spikes; with 2–4 random bands per spike this takes
            // a few attempts at most, and the cap keeps pathological settings (tiny band counts) from looping.
            double[] best = null;
            double bestCos = Double.POSITIVE_INFINITY;
            for (int attempt = 0; attempt < 200 && bestCos > MAX_ABS_COSINE; attempt++) {
                double[] candidate = drawSpectrum(nm, rng);
                double worst = 0;
                for (int j = 0; j < k; j++) {
                    worst = Math.max(worst, absCosine(candidate, spikes[j]));
                }
                if (worst < bestCos) {
                    bestCos = worst;
                    best = candidate;
                }
            }
            spikes[k] = best;
        }
        return spikes;
    }

    private static double[] drawSpectrum(double[] nm, SplittableRandom rng) {
        double span = MAX_NM - MIN_NM;
        int peaks = 2 + rng.nextInt(3);
        double[] s = new double[nm.length];
        for (int p = 0; p < peaks; p++) {
            double centre = MIN_NM + span * rng.nextDouble();
            double width = span * (0.03 + 0.12 * rng.nextDouble());
            double height = 0.3 + 0.7 * rng.nextDouble();
            for (int b = 0; b < nm.length; b++) {
                double t = (nm[b] - centre) / width;
                s[b] += height * Math.exp(-0.5 * t * t);
            }
        }
        double max = 0;
        for (double v : s) {
            max = Math.max(max, v);
        }
        for (int b = 0; b < s.length; b++) {
            s[b] /= max;
        }
        return s;
    }

    private static int[] drawRegions(PhantomOptions o, SplittableRandom rng) {
        int h = o.height();
        int w = o.width();
        int k = o.k();
        // Best-candidate sampling spreads the seeds so that no region is tiny.
        double[][] seeds = new double[k][];
        for (int s = 0; s < k; s++) {
            double[] best = null;
            double bestD = -1;
            for (int c = 0; c < 20; c++) {
                double[] cand = {rng.nextDouble() * h, rng.nextDouble() * w};
                double d = Double.POSITIVE_INFINITY;
                for (int j = 0; j < s; j++) {
                    d = Math.min(d, sq(cand[0] - seeds[j][0]) + sq(cand[1] - seeds[j][1]));
                }
                if (d > bestD) {
                    bestD = d;
                    best = cand;
                }
            }
            seeds[s] = best;
        }
        double ampl = 0.06 * Math.min(h, w);
        double fy = 2 * Math.PI * (1 + rng.nextInt(3)) / h;
        double fx = 2 * Math.PI * (1 + rng.nextInt(3)) / w;
        int[] labels = new int[h * w];
        int[] counts = new int[k];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Displacing the query point by a smooth field makes the cell boundaries wavy.
                double qy = y + ampl * Math.sin(fx * x);
                double qx = x + ampl * Math.sin(fy * y);
                int arg = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int s = 0; s < k; s++) {
                    double d = sq(qy - seeds[s][0]) + sq(qx - seeds[s][1]);
                    if (d < bestD) {
                        bestD = d;
                        arg = s;
                    }
                }
                labels[y * w + x] = arg + 1;
                counts[arg]++;
            }
        }
        // A seed can lose its whole cell to the displacement; give such a region the block around its seed.
        for (int s = 0; s < k; s++) {
            if (counts[s] == 0) {
                int cy = Math.min(h - 2, (int) seeds[s][0]);
                int cx = Math.min(w - 2, (int) seeds[s][1]);
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        labels[(cy + dy) * w + cx + dx] = s + 1;
                    }
                }
            }
        }
        return labels;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller, kept on purpose: SplittableRandom.nextGaussian (from RandomGenerator, Java 17) draws other
        // numbers, and switching would change every phantom generated from a seed so far.
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double absCosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return Math.abs(ab) / Math.sqrt(aa * bb);
    }

    private static double sq(double v) {
        return v * v;
    }

    public PhantomOptions options() {
        return options;
    }

    /** The noisy cube, every pixel valid, band axis 400–1000 nm. */
    public SpectralCube cube() {
        return cube;
    }

    /** The true spikes, k × bands (a copy). */
    public double[][] spikes() {
        double[][] c = new double[spikes.length][];
        for (int i = 0; i < spikes.length; i++) {
            c[i] = spikes[i].clone();
        }
        return c;
    }

    /** The true region of every pixel, row-major, values 1..k (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The brightness α of every pixel, row-major (a copy). */
    public double[] alphas() {
        return alphas.clone();
    }
}
