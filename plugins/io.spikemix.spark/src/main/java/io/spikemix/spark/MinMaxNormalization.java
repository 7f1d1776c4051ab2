package io.spikemix.spark;

import java.util.List;

import org.apache.spark.api.java.JavaRDD;

import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * The feature-wise min-max normalization of method.md §6 (the CLI's default before a fit), distributed: every block
 * fits the engine's {@link NormalizationModel} to its own pixels, the driver keeps the per-feature minimum and
 * maximum over the blocks (exact in any order), and every block applies the merged model with the engine's code. The
 * normalized pixels are therefore the engine's to the bit.
 */
final class MinMaxNormalization {

    private MinMaxNormalization() {
    }

    /** The merged model, fitted in one job. */
    static NormalizationModel fit(JavaRDD<PixelBlock> blocks) {
        List<double[][]> parts = blocks.map(b -> {
            try {
                NormalizationModel m = NormalizationModel.fit(NormalizationMethod.MINMAX, b.matrix(),
                        NonFinitePolicy.REJECT, ProgressMonitor.NONE);
                return new double[][] { m.featureMin(), m.featureMax() };
            } catch (NonFiniteValueException e) {
                throw new IllegalArgumentException("row " + (b.firstRow() + e.row()) + " (0-based), band "
                        + e.column() + " holds " + e.value() + "; the methods need finite values");
            }
        }).collect();
        double[] min = parts.get(0)[0].clone();
        double[] max = parts.get(0)[1].clone();
        for (double[][] p : parts) {
            for (int f = 0; f < min.length; f++) {
                min[f] = Math.min(min[f], p[0][f]);
                max[f] = Math.max(max[f], p[1][f]);
            }
        }
        return NormalizationModel.restore(NormalizationMethod.MINMAX, min, max, 1.0);
    }

    /** The blocks normalized by {@code model} (lazily, one map). */
    static JavaRDD<PixelBlock> apply(JavaRDD<PixelBlock> blocks, NormalizationModel fitted) {
        // the model is rebuilt from its statistics on the executors (restore is exact: it keeps the arrays)
        double[] min = fitted.featureMin();
        double[] max = fitted.featureMax();
        return blocks.map(b -> {
            try {
                NormalizationModel model = NormalizationModel.restore(NormalizationMethod.MINMAX, min, max, 1.0);
                var out = model.apply(b.matrix(), NonFinitePolicy.REJECT, ProgressMonitor.NONE).data();
                float[] values = new float[b.rows() * b.cols()];
                float[] row = new float[b.cols()];
                for (int i = 0; i < b.rows(); i++) {
                    out.getRow(i, row);
                    System.arraycopy(row, 0, values, i * b.cols(), b.cols());
                }
                return new PixelBlock(b.index(), b.firstRow(), b.rows(), b.cols(), values);
            } catch (CanceledException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
