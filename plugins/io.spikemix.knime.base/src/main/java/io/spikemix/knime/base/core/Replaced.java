package io.spikemix.knime.base.core;

import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.knime.base.table.SpectralColumns;

/**
 * Spectral columns a node core replaces in place (normalized or de-normalized spectra): the columns, which keep
 * their names and band properties and become double columns, and their new values (NaN: a missing cell).
 *
 * @param columns the replaced spectral columns
 * @param values  one row per table row, one column per replaced column; null at configure time
 */
public record Replaced(SpectralColumns columns, SpectralMatrix values) {

    /** The replaced columns as definitions: same name, double cells, the properties of the column they replace. */
    public List<ColumnDef> defs() {
        List<ColumnDef> out = new ArrayList<>();
        for (int f = 0; f < columns.count(); f++) {
            out.add(new ColumnDef(columns.names().get(f), CellKind.DOUBLE, columns.index(f)));
        }
        return out;
    }
}
