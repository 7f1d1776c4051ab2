package io.spikemix.knime.normalize.apply;

import static io.spikemix.knime.normalize.apply.NormalizerApplySettings.SKIP_NON_FINITE;

import java.util.List;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.normalize.NonFinitePolicy;
import io.spikemix.engine.normalize.NonFiniteValueException;
import io.spikemix.engine.normalize.NormalizationModel;
import io.spikemix.engine.normalize.NormalizationResult;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.PixelData;
import io.spikemix.knime.base.core.Replaced;
import io.spikemix.knime.base.table.ColumnInfo;
import io.spikemix.knime.base.table.InvalidColumnsException;
import io.spikemix.knime.base.table.SpectralColumnSelection;
import io.spikemix.knime.base.table.SpectralColumns;
import io.spikemix.knime.normalize.NormalizationMessages;
import io.spikemix.knime.normalize.port.NormalizationModelContent;
import io.spikemix.knime.normalize.port.NormalizationSpecContent;

/**
 * Normalizer (Apply) without KNIME: finds the model's spectral columns in the table (refusing a table lacking any,
 * naming them) and replaces them by the model's normalization of them, or by its undo.
 */
public final class NormalizerApplyCore {

    public static final String WHAT = "the normalization model";

    private NormalizerApplyCore() {
    }

    /** What execute produces; {@code warning} is null when there is nothing to warn about. */
    public record Result(Replaced spectra, String warning) {
    }

    /** The model's spectral columns in the table. */
    public static SpectralColumns columns(NormalizationSpecContent model, List<ColumnInfo> table) throws CoreInputException {
        try {
            return SpectralColumnSelection.require(table, model.columns(), model.axis(), WHAT);
        } catch (InvalidColumnsException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
    }

    /** What configure announces: the replaced columns. */
    public static Replaced configure(NormalizationSpecContent model, List<ColumnInfo> table) throws CoreInputException {
        return new Replaced(columns(model, table), null);
    }

    /**
     * @param undo          map normalized spectra back to raw units instead of normalizing
     * @param skipNonFinite (normalizing only) leave rows with a missing or non-finite value unchanged
     */
    public static Result execute(NormalizationModelContent model, PixelData pixels, boolean undo, boolean skipNonFinite,
            ProgressMonitor monitor) throws CoreInputException, CanceledException {
        NormalizationModel engine = model.model();
        SpectralColumns cols = pixels.columns();
        try {
            if (undo) {
                SpectralMatrix out = engine.undo(pixels.data(), monitor);
                return new Result(new Replaced(cols, out), null);
            }
            NonFinitePolicy policy = skipNonFinite ? NonFinitePolicy.SKIP : NonFinitePolicy.REJECT;
            NormalizationResult result = engine.apply(pixels.data(), policy, monitor);
            String warning = NormalizationMessages.warning(new int[0], result.maskedRows(), result.skippedRows(),
                    cols.names()).orElse(null);
            return new Result(new Replaced(cols, result.data()), warning);
        } catch (NonFiniteValueException e) {
            throw new CoreInputException(NormalizationMessages.nonFinite(pixels.rowKey().apply(e.row()),
                    cols.names().get(e.column()), e.value(), SKIP_NON_FINITE.label()), e);
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
    }
}
