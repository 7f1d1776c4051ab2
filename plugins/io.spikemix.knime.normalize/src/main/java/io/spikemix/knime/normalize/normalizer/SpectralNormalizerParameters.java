package io.spikemix.knime.normalize.normalizer;

import io.spikemix.knime.base.dialog.SpectralColumnsPersistor;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;

/**
 * The web dialog of the Spectral Normalizer node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SpectralNormalizerSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SpectralNormalizerParameters implements NodeParameters {

    /** Choices of "Method"; the constants are the values saved under "method", so they keep their legacy spelling. */
    enum Method {
        @Label("Min-max per band")
        minmax,
        @Label("l1 per spectrum")
        l1,
        @Label("TIC per spectrum")
        tic
    }

    @Widget(title = "Spectral columns",
            description = "The double columns holding the spectrum, one per band. By default all numeric columns are included; the pixel coordinate columns <tt>x</tt> and <tt>y</tt> are never treated as spectral.")
    @ChoicesProvider(DoubleColumnsProvider.class)
    @Persistor(SpectralColumnsPersistor.class)
    ColumnFilter spectralColumns = new ColumnFilter();

    @Widget(title = "Method",
            description = "<b>minmax</b>, <b>l1</b> or <b>tic</b>, as described above. Default: minmax.")
    @Persist(configKey = "method")
    Method method = Method.minmax;

    @Widget(title = "Skip rows with missing or non-finite values",
            description = "When off (default), a missing cell, NaN or infinity in a spectral column stops the node with an error naming the row and column. When on, such rows are left out of the fitted statistics and their spectral cells are output as missing cells.")
    @Persist(configKey = "skipNonFinite")
    boolean skipNonFinite = false;
}
