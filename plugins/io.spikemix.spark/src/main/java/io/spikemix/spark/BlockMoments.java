package io.spikemix.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;

/**
 * Per-feature mean and sum of squared deviations of one block (Welford's update, as {@code
 * KMeansFitter.meanFeatureVariance} runs it over all rows), merged on the driver in block order with the pairwise
 * update of Chan, Golub and LeVeque, which is as stable as Welford's but rounds differently: the merged moments agree
 * with the engine's single pass to a few ulps, not bit for bit.
 */
final class BlockMoments implements Serializable {

    private static final long serialVersionUID = 1L;

    final int block;
    final long n;
    final double[] mean;
    final double[] m2;

    private BlockMoments(int block, long n, double[] mean, double[] m2) {
        this.block = block;
        this.n = n;
        this.mean = mean;
        this.m2 = m2;
    }

    static BlockMoments of(PixelBlock b) {
        int d = b.cols();
        double[] mean = new double[d];
        double[] m2 = new double[d];
        double[] y = new double[d];
        var m = b.matrix();
        for (int i = 0; i < b.rows(); i++) {
            m.getRow(i, y);
            for (int j = 0; j < d; j++) {
                double delta = y[j] - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (y[j] - mean[j]);
            }
        }
        return new BlockMoments(b.index(), b.rows(), mean, m2);
    }

    /** The mean over features of the per-feature (population) variance of all pixels. */
    static double meanFeatureVariance(JavaRDD<PixelBlock> blocks) {
        List<BlockMoments> parts = new java.util.ArrayList<>(blocks.map(BlockMoments::of).collect());
        parts.sort(Comparator.comparingInt(p -> p.block));
        int d = parts.get(0).mean.length;
        double[] mean = new double[d];
        double[] m2 = new double[d];
        long n = 0;
        for (BlockMoments p : parts) {
            long total = n + p.n;
            for (int j = 0; j < d; j++) {
                double delta = p.mean[j] - mean[j];
                mean[j] += delta * p.n / total;
                m2[j] += p.m2[j] + delta * delta * ((double) n * p.n / total);
            }
            n = total;
        }
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += m2[j] / n;
        }
        return s / d;
    }
}
