package io.spikemix.engine.evaluate;

import java.util.Arrays;

/**
 * Optimal one-to-one assignment of rows to columns of a rectangular cost matrix (the linear assignment problem),
 * solved by the Hungarian method in its shortest-augmenting-path form with dual potentials (Kuhn 1955, Munkres
 * 1957; the O(n³) formulation of Jonker and Volgenant 1987).
 *
 * <p>For an n × m matrix, min(n, m) pairs are formed: every row is assigned when n ≤ m, every column when n > m,
 * and the sum of the chosen costs is minimal (or maximal with {@link #maximize}). Ties are broken deterministically
 * (by index order), so equal inputs give equal assignments.
 *
 * <p>Complexity: O(min(n,m)²·max(n,m)) time, O(n + m) extra memory besides a transposed copy when n > m.
 * Costs must be finite; use a large finite value to forbid a pair.
 */
public final class LinearAssignment {

    private final int[] rowToColumn;
    private final int[] columnToRow;
    private final double total;

    private LinearAssignment(int[] rowToColumn, int[] columnToRow, double total) {
        this.rowToColumn = rowToColumn;
        this.columnToRow = columnToRow;
        this.total = total;
    }

    /**
     * The assignment minimising the total cost.
     *
     * @param cost n × m matrix (n, m ≥ 0; all rows the same length), finite values; not modified
     * @throws IllegalArgumentException if the matrix is ragged or contains NaN or infinite values
     */
    public static LinearAssignment minimize(double[][] cost) {
        return solve(cost, false);
    }

    /**
     * The assignment maximising the total weight, e.g. the matched pixel count of a contingency table.
     *
     * @param weight n × m matrix, finite values; not modified
     */
    public static LinearAssignment maximize(double[][] weight) {
        return solve(weight, true);
    }

    /** For each row, its assigned column, or −1 if the row is unassigned (only when rows outnumber columns). */
    public int[] rowToColumn() {
        return rowToColumn.clone();
    }

    /** For each column, its assigned row, or −1 if the column is unassigned (only when columns outnumber rows). */
    public int[] columnToRow() {
        return columnToRow.clone();
    }

    /** The sum of the matrix entries of the assigned pairs (the optimal cost or weight). */
    public double total() {
        return total;
    }

    /** The number of assigned pairs, min(n, m). */
    public int pairCount() {
        int count = 0;
        for (int c : rowToColumn) {
            if (c >= 0) {
                count++;
            }
        }
        return count;
    }

    private static LinearAssignment solve(double[][] matrix, boolean maximize) {
        if (matrix == null) {
            throw new IllegalArgumentException("The cost matrix must not be null.");
        }
        int n = matrix.length;
        int m = n == 0 ? 0 : matrix[0].length;
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != m) {
                throw new IllegalArgumentException("The cost matrix must be rectangular. Row " + i + " has "
                        + (matrix[i] == null ? "no" : String.valueOf(matrix[i].length)) + " entries instead of "
                        + m + ".");
            }
            for (int j = 0; j < m; j++) {
                if (!Double.isFinite(matrix[i][j])) {
                    throw new IllegalArgumentException("The cost matrix must be finite. Got " + matrix[i][j]
                            + " at (" + i + ", " + j + ") instead.");
                }
            }
        }
        int[] rowToColumn = new int[n];
        int[] columnToRow = new int[m];
        Arrays.fill(rowToColumn, -1);
        Arrays.fill(columnToRow, -1);
        if (n == 0 || m == 0) {
            return new LinearAssignment(rowToColumn, columnToRow, 0);
        }
        // The augmenting-path solver needs at most as many rows as columns; solve the transpose otherwise.
        boolean transposed = n > m;
        int rows = transposed ? m : n;
        int cols = transposed ? n : m;
        double[][] a = new double[rows][cols];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double c = maximize ? -matrix[i][j] : matrix[i][j];
                if (transposed) {
                    a[j][i] = c;
                } else {
                    a[i][j] = c;
                }
            }
        }
        int[] colOwner = shortestAugmentingPaths(a, rows, cols);
        double total = 0;
        for (int j = 0; j < cols; j++) {
            int i = colOwner[j];
            if (i < 0) {
                continue;
            }
            int row = transposed ? j : i;
            int col = transposed ? i : j;
            rowToColumn[row] = col;
            columnToRow[col] = row;
            total += matrix[row][col];
        }
        return new LinearAssignment(rowToColumn, columnToRow, total);
    }

    /**
     * Adds the rows one at a time; each addition finds a shortest augmenting path in the reduced costs
     * a[i][j] − u[i] − v[j] (Dijkstra over columns) and updates the potentials so reduced costs stay non-negative.
     * Index 0 of the column arrays is a virtual column that holds the row being inserted.
     *
     * @return for each column (0-based), its row, or −1
     */
    private static int[] shortestAugmentingPaths(double[][] a, int rows, int cols) {
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] owner = new int[cols + 1];
        int[] previous = new int[cols + 1];
        double[] slack = new double[cols + 1];
        boolean[] visited = new boolean[cols + 1];
        for (int row = 1; row <= rows; row++) {
            owner[0] = row;
            int current = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[current] = true;
                int i = owner[current];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int j = 1; j <= cols; j++) {
                    if (visited[j]) {
                        continue;
                    }
                    double reduced = a[i - 1][j - 1] - u[i] - v[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previous[j] = current;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (visited[j]) {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                current = next;
            } while (owner[current] != 0);
            // Flip the alternating path back to the virtual column.
            do {
                int before = previous[current];
                owner[current] = owner[before];
                current = before;
            } while (current != 0);
        }
        int[] result = new int[cols];
        for (int j = 1; j <= cols; j++) {
            result[j - 1] = owner[j] - 1;
        }
        return result;
    }
}
