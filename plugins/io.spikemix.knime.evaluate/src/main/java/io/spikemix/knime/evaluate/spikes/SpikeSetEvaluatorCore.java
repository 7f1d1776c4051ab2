package io.spikemix.knime.evaluate.spikes;

import static io.spikemix.knime.evaluate.spikes.SpikeSetEvaluatorSettings.COMMON_COLUMNS_ONLY;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.evaluate.SpikeDistance;
import io.spikemix.knime.base.core.CellKind;
import io.spikemix.knime.base.core.ColumnDef;
import io.spikemix.knime.base.core.CoreInputException;
import io.spikemix.knime.base.core.NewTable;
import io.spikemix.knime.evaluate.FeatureColumnMatch;

/**
 * The Spike Set Evaluator without KNIME: matches the two tables' band columns, evaluates the estimated spikes
 * against the reference ({@link SpikeSetReport}) and writes the summary and pairs tables.
 */
public final class SpikeSetEvaluatorCore {

    private SpikeSetEvaluatorCore() {
    }

    /** Spikes read from a table: one row of values per spike, named by its row key. */
    public record Spikes(double[][] values, List<String> keys) {
    }

    /** What configure announces: the columns compared, a warning about unmatched columns, and the two outputs. */
    public record Shapes(List<String> common, String warning, List<ColumnDef> summary, List<ColumnDef> pairs) {
    }

    /** What execute produces. */
    public record Result(NewTable summary, NewTable pairs, double hausdorffEuclidean, double hausdorffCosine,
            String warning) {
    }

    /**
     * @param commonOnly compare on the columns both tables have rather than refusing tables whose columns differ
     * @param distance   the Matching distance choice
     */
    public static Shapes configure(List<String> estimatedColumns, List<String> referenceColumns, boolean commonOnly,
            String distance) throws CoreInputException {
        FeatureColumnMatch match = FeatureColumnMatch.of(estimatedColumns, referenceColumns);
        if (match.common().isEmpty()) {
            throw new CoreInputException("The estimated and reference spikes tables have no feature column in "
                    + "common. " + match.mismatch().orElse("Both tables need at least one double column per band."));
        }
        if (!match.isExact() && !commonOnly) {
            throw new CoreInputException(match.mismatch().get() + " Use tables with the same band columns or "
                    + "switch on '" + COMMON_COLUMNS_ONLY.label() + "'.");
        }
        try {
            SpikeSetReport.distance(distance);
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        return new Shapes(match.common(), match.mismatch().orElse(null), summaryColumns(), pairColumns());
    }

    /** Evaluates spikes read on the {@code common} columns of {@link #configure}. */
    public static Result execute(Spikes estimated, Spikes reference, String distance, String warning)
            throws CoreInputException {
        SpikeSetReport report;
        try {
            report = new SpikeSetReport(reference.values(), reference.keys(), estimated.values(), estimated.keys(),
                    SpikeSetReport.distance(distance));
        } catch (IllegalArgumentException e) {
            throw new CoreInputException(e.getMessage(), e);
        }
        double euclidean = report.hausdorff(SpikeDistance.SQUARED_EUCLIDEAN);
        double cosine = report.hausdorff(SpikeDistance.ABS_COSINE);
        NewTable summary = new NewTable(summaryColumns()).add("Row0", euclidean, cosine, report.estimatedCount(),
                report.referenceCount(), report.featureCount());
        NewTable pairs = new NewTable(pairColumns());
        int r = 0;
        for (SpikeSetReport.PairRow p : report.pairRows()) {
            pairs.add("Row" + r++, p.reference(), p.estimated(), p.squaredEuclidean(), p.absCosine(),
                    p.sign() == 0 ? null : Integer.valueOf(p.sign()));
        }
        return new Result(summary, pairs, euclidean, cosine, warning);
    }

    private static List<ColumnDef> summaryColumns() {
        List<String> names = SpikeSetReport.summaryColumns();
        List<ColumnDef> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(ColumnDef.of(names.get(i), i < 2 ? CellKind.DOUBLE : CellKind.INT));
        }
        return out;
    }

    private static List<ColumnDef> pairColumns() {
        return List.of(ColumnDef.of(SpikeSetReport.REFERENCE, CellKind.STRING),
                ColumnDef.of(SpikeSetReport.ESTIMATED, CellKind.STRING),
                ColumnDef.of(SpikeSetReport.SQUARED_EUCLIDEAN, CellKind.DOUBLE),
                ColumnDef.of(SpikeSetReport.ABS_COSINE, CellKind.DOUBLE),
                ColumnDef.of(SpikeSetReport.SIGN, CellKind.INT));
    }
}
