package io.spikemix.engine.evaluate;

import java.util.Arrays;

/**
 * The contingency table (confusion matrix) of two labelings of the same items: entry (r, c) counts the items with
 * row label {@code rowLabels()[r]} and column label {@code columnLabels()[c]}. Items whose label is negative in
 * either labeling (masked, unlabelled) are left out and counted by {@link #excludedCount()}.
 *
 * <p>Labels are arbitrary non-negative ints; rows and columns list the labels that occur among the counted items,
 * ascending. Complexity: O(n·log(R·C) + R·C) time, O(R·C) memory, with R, C the numbers of distinct labels.
 */
public final class ContingencyTable {

    private final int[] rowLabels;
    private final int[] columnLabels;
    private final long[][] counts;
    private final long total;
    private final long excluded;

    private ContingencyTable(int[] rowLabels, int[] columnLabels, long[][] counts, long total, long excluded) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.counts = counts;
        this.total = total;
        this.excluded = excluded;
    }

    /**
     * Cross-tabulates two labelings.
     *
     * @param rows    label per item, negative = excluded; not modified
     * @param columns label per item, same length, negative = excluded; not modified
     * @throws IllegalArgumentException if the lengths differ
     */
    public static ContingencyTable of(int[] rows, int[] columns) {
        if (rows.length != columns.length) {
            throw new IllegalArgumentException("Both labelings must have one label per item. Got " + rows.length
                    + " and " + columns.length + " labels instead.");
        }
        int[] rowLabels = distinctCounted(rows, columns);
        int[] columnLabels = distinctCounted(columns, rows);
        long[][] counts = new long[rowLabels.length][columnLabels.length];
        long total = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] >= 0 && columns[i] >= 0) {
                counts[Arrays.binarySearch(rowLabels, rows[i])][Arrays.binarySearch(columnLabels, columns[i])]++;
                total++;
            }
        }
        return new ContingencyTable(rowLabels, columnLabels, counts, total, rows.length - total);
    }

    private static int[] distinctCounted(int[] labels, int[] other) {
        return java.util.stream.IntStream.range(0, labels.length)
                .filter(i -> labels[i] >= 0 && other[i] >= 0)
                .map(i -> labels[i]).distinct().sorted().toArray();
    }

    /** The distinct row labels among the counted items, ascending. */
    public int[] rowLabels() {
        return rowLabels.clone();
    }

    /** The distinct column labels among the counted items, ascending. */
    public int[] columnLabels() {
        return columnLabels.clone();
    }

    /** A copy of the counts, rows × columns in the order of {@link #rowLabels()} and {@link #columnLabels()}. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }

    /** The count at row index {@code r} and column index {@code c} (indices into the label arrays). */
    public long count(int r, int c) {
        return counts[r][c];
    }

    /** The number of counted items (the sum of all entries). */
    public long total() {
        return total;
    }

    /** The number of items left out because a label was negative. */
    public long excludedCount() {
        return excluded;
    }

    /** Row sums, in the order of {@link #rowLabels()}. */
    public long[] rowSums() {
        long[] sums = new long[rowLabels.length];
        for (int r = 0; r < counts.length; r++) {
            for (long v : counts[r]) {
                sums[r] += v;
            }
        }
        return sums;
    }

    /** Column sums, in the order of {@link #columnLabels()}. */
    public long[] columnSums() {
        long[] sums = new long[columnLabels.length];
        for (long[] row : counts) {
            for (int c = 0; c < row.length; c++) {
                sums[c] += row[c];
            }
        }
        return sums;
    }

    /**
     * The one-to-one pairing of row labels with column labels that maximises the number of items on matched pairs
     * (Hungarian algorithm on the counts).
     *
     * @return for each column index, the matched row index, or −1 if the column is unmatched (more columns than rows)
     */
    public int[] bestRowForColumn() {
        double[][] weights = new double[rowLabels.length][columnLabels.length];
        for (int r = 0; r < weights.length; r++) {
            for (int c = 0; c < columnLabels.length; c++) {
                weights[r][c] = counts[r][c];
            }
        }
        return LinearAssignment.maximize(weights).columnToRow();
    }
}
