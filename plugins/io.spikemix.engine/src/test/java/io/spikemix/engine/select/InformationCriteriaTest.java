package io.spikemix.engine.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.gmm.GaussianMixtureFitter;
import io.spikemix.engine.gmm.GaussianMixtureModel;
import io.spikemix.engine.gmm.GaussianMixtureOptions;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.smm.SpikedMixtureModel;

/**
 * Free-parameter counts (method.md eqs. 40–41) against the numbers a fitted model actually holds, and the
 * classification entropy of ICL (eq. 43) in its closed-form cases.
 */
class InformationCriteriaTest {

    @Test
    void theSmmCountIsItsSpikeEntriesPlusFreeWeightsPlusSigma2() {
        double[][] spikes = { { 1, 0, 0 }, { 0, 2, 0 }, { 0, 0, 0 }, { 1, 1, 1 } }; // one zero spike: still counted
        SpikedMixtureModel m = SpikedMixtureModel.of(spikes, new double[] { 0.25, 0.25, 0.25, 0.25 }, 0.1);
        long held = 0;
        for (double[] x : m.spikes()) {
            held += x.length;
        }
        held += m.pi().length - 1; // the weights sum to one
        held += 1; // σ²
        assertEquals(held, InformationCriteria.smmParameters(4, 3));
        assertEquals(3, InformationCriteria.smmParameters(1, 2), "K = 1, d = 2: a spike and σ²");
    }

    @Test
    void theGmmCountIsItsMeansDistinctCovarianceEntriesAndFreeWeights() throws Exception {
        SpectralMatrix data = SpikedMixtureDraws.sample(300, SpikedMixtureDraws.FIG2_SPIKES, SpikedMixtureDraws.FIG2_PI,
                0.01, new SplittableRandom(1));
        for (boolean zeroMean : new boolean[] { false, true }) {
            GaussianMixtureModel g = new GaussianMixtureFitter(GaussianMixtureOptions.builder().k(3).zeroMean(zeroMean)
                    .threads(1).build()).fit(data, ProgressMonitor.NONE);
            long held = zeroMean ? 0 : (long) g.k() * g.dimension();
            for (DMatrixRMaj s : g.covariances()) {
                for (int i = 0; i < s.numRows; i++) {
                    for (int j = i; j < s.numCols; j++) {
                        held++; // symmetric: the upper triangle with the diagonal
                    }
                }
            }
            held += g.weights().length - 1;
            assertEquals(held, InformationCriteria.gmmParameters(3, 2, zeroMean), "zeroMean " + zeroMean);
        }
        assertEquals(12 * 843 + 12L * 843 * 844 / 2 + 11, InformationCriteria.gmmParameters(12, 843, false),
                "rat-brain size: no int overflow");
    }

    @Test
    void bicAndIclFollowTheirDefinitions() {
        assertEquals(-2 * -100.0 + 5 * Math.log(1000), InformationCriteria.bic(-100, 5, 1000), 1e-12);
        assertEquals(210 + 2 * 3.5, InformationCriteria.icl(210, 3.5), 0);
        assertThrows(IllegalArgumentException.class, () -> InformationCriteria.bic(0, 1, 0));
    }

    @Test
    void entropyIsZeroForCertainAssignmentsAndNLnKForUndecidedOnes() {
        assertEquals(0, InformationCriteria.classificationEntropy(new double[] { 1, 0, 0, 0, 1, 0 }, 3), 0);
        double[] uniform = new double[5 * 4];
        java.util.Arrays.fill(uniform, 0.25);
        assertEquals(5 * Math.log(4), InformationCriteria.classificationEntropy(uniform, 4), 1e-12);
        assertEquals(2 * Math.log(2), InformationCriteria.classificationEntropy(
                SpectralMatrix.of(new double[][] { { 0.5, 0.5 }, { 0.5, 0.5 } })), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> InformationCriteria.classificationEntropy(new double[5], 2));
    }
}
