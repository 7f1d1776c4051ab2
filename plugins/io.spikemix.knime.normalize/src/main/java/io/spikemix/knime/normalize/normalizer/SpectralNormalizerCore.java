package io.spikemix.knime.normalize.normalizer;

import static io.spikemix.knime.normalize.normalizer.SpectralNormalizerSettings.SKIP_NON_FINITE;

import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationMethod;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.core.Replaced;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.NormalizationMessages;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * The Spectral Normalizer without KNIME: fits the engine's {@link NormalizationModel} to the spectral columns,
 * replaces them by the normalized values and returns the fitted model for the model port.
 */
public final class SpectralNormalizerCore {

    private SpectralNormalizerCore() {
    }

    /** What configure announces: the replaced columns and the model port's spec. */
    public record Shapes(Replaced spectra, NormalizationSpecContent model) {
    }

    /** What execute produces; {@code warning} is null when there is nothing to warn about. */
    public record Result(Replaced spectra, NormalizationModelContent model, String warning) {
    }

    public static Shapes configure(SpectralColumns cols, NormalizationMethod method) {
        return new Shapes(new Replaced(cols, null), new NormalizationSpecContent(method, cols.names(), cols.axis()));
    }

    /**
     * @param skipNonFinite leave rows with a missing or non-finite value unchanged (and out of the fit) instead of
     *                      refusing them
     */
    public static Result execute(PixelData pixels, NormalizationMethod method, boolean skipNonFinite,
            ProgressMonitor monitor) throws CoreInputException, CanceledException {
        if (pixels.rows() == 0) {
            throw new CoreInputException("The input table is empty; a normalization needs at least one row.");
        }
        SpectralColumns cols = pixels.columns();
        NonFinitePolicy policy = skipNonFinite ? NonFinitePolicy.SKIP : NonFinitePolicy.REJECT;
        NormalizationModel model;
        NormalizationResult result;
        try {
            model = NormalizationModel.fit(method, pixels.data(), policy, monitor.subRange(0, 0.5));
            result = model.apply(pixels.data(), policy, monitor.subRange(0.5, 1));
        } catch (NonFiniteValueException e) {
            throw new CoreInputException(NormalizationMessages.nonFinite(pixels.rowKey().apply(e.row()),
                    cols.names().get(e.column()), e.value(), SKIP_NON_FINITE.label()), e);
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        String warning = NormalizationMessages.warning(result.constantFeatures(), result.maskedRows(),
                result.skippedRows(), cols.names()).orElse(null);
        NormalizationSpecContent spec = new NormalizationSpecContent(method, cols.names(), cols.axis());
        return new Result(new Replaced(cols, result.data()), new NormalizationModelContent(spec, model), warning);
    }
}
