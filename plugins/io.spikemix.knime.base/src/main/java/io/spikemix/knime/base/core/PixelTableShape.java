package io.spikemix.knime.base.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.knime.base.table.BandColumnNames;
import io.spikemix.knime.base.table.TableConventions;

/**
 * The columns of a pixel table (docs/table-conventions.md): {@code x}, {@code y}, then one double column per band,
 * named after the band and carrying its value, unit and index as properties.
 */
public final class PixelTableShape {

    private PixelTableShape() {
    }

    public static List<ColumnDef> columns(BandAxis axis) {
        List<String> names = BandColumnNames.names(axis, Set.of(TableConventions.X, TableConventions.Y));
        List<ColumnDef> out = new ArrayList<>(axis.size() + 2);
        out.add(ColumnDef.of(TableConventions.X, CellKind.INT));
        out.add(ColumnDef.of(TableConventions.Y, CellKind.INT));
        for (int b = 0; b < axis.size(); b++) {
            out.add(new ColumnDef(names.get(b), CellKind.DOUBLE, -1, Map.of(TableConventions.BAND_VALUE,
                    Double.toString(axis.value(b)), TableConventions.BAND_UNIT, axis.unit(),
                    TableConventions.BAND_INDEX, Integer.toString(b))));
        }
        return out;
    }
}
