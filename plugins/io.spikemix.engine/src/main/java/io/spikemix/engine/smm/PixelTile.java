package io.spikemix.engine.smm;

import io.spikemix.engine.data.SpectralMatrix;

/**
 * Up to {@link #ROWS} consecutive pixels widened to double, held twice: pixel-major ({@code rows[i][j]}) and
 * feature-major ({@code cols[j][i]}), and the two hot kernels of an EM data pass (method.md §2: the projections
 * y_iᵀv_k of the E-step and of every product A_k·v = Σ_i ρ_ik (y_iᵀv) y_i, then the weighted sums themselves):
 * <ul>
 * <li>{@link #dots}: P[c][i] = Σ_j v_c[j]·y_i[j] as axpy sweeps over the feature-major tile,
 * {@code P[c][i] = P[c][i] + v_c[j]·cols[j][i] + v_c[j+1]·cols[j+1][i]}, four vectors × two features per sweep
 * over the pixels;</li>
 * <li>{@link #accumulate}: S[c][j] += Σ_i w_ic·y_i[j] as axpy sweeps over pixel rows,
 * {@code S[c][j] = S[c][j] + w_ic·rows[i][j] + w_(i+1)c·rows[i+1][j]}, two outputs × two pixels per sweep over the
 * features.</li>
 * </ul>
 *
 * <p><b>Why this layout.</b> HotSpot C2 (JDK 17) compiles a loop to SIMD code only when every array in its body is
 * indexed by the same expression (it has no run-time alias checks, so {@code out[o + j] += a·y[t + j]} on one flat
 * array stays scalar) and all arrays have the same element type (a float-to-double conversion inside the loop stops
 * it). It also never vectorises a floating-point sum over the loop index, because that would reorder the additions.
 * Both kernels are therefore element-wise updates in which the loop index is the array index of every array: the
 * pixel index i over the separate arrays {@code cols[j]} and {@code P[c]}, and the feature index j over
 * {@code rows[i]} and {@code S[c]}. The float32 data are widened to double once per tile (d·n conversions against
 * 2·m·d·n multiply-adds), which also makes every sum a double sum. With 64 pixels the feature-major tile takes
 * 64·d·8 bytes (431 KB at d = 843), so it stays in a core's 512 KB L2 cache while the m/4 sweeps run over it.
 *
 * <p><b>Exactness.</b> Each lane keeps its own running sum, updated in the order j = 0, 1, …, d−1 (Java evaluates
 * {@code p + a·x + b·u} as {@code (p + a·x) + b·u}), so every projection equals the plain sequential double sum
 * Σ_j v_c[j]·y_i[j] bit for bit, and every weighted sum adds the pixels in tile order: results never depend on
 * how pixels or vectors are grouped, and the model's scoring of new data reproduces the fit's. Multiply and add are
 * separate operations ({@link Math#fma} was no faster, see below).
 *
 * <p><b>Measured</b> (micro-benchmark of these loops, JDK 17, AVX2, d = 843, 12 vectors, 64 pixels, one thread,
 * thread CPU time, machine load 6–12): projections 6.9–7.3 G multiply-adds/s (one feature per sweep 5.0–6.0, the
 * same with Math.fma 5.4–5.9, two vectors × two features 6.1–6.5, two × four 6.6, four × four 2.8–4.1; 32-pixel
 * tiles 5.4); weighted sums 7.7–8.0 (10.6 at d = 100; one pixel × two outputs 5.1–5.3, one × four 4.6–4.8, one × six
 * 2.3, two pixels × four outputs 2.7–3.8, four pixels × two outputs 3.2; more live values than the 16 AVX registers
 * hold costs more than the saved loads and stores). The previous scalar kernels (two pixels × four vectors with eight
 * running sums) reached 2.3–2.6 and 1.9–2.0. {@code TileKernelBenchmark} (engine test sources) times these kernels:
 * 7.0–7.5 and 8.3–8.4 G multiply-adds/s at load 1–5; filling both layouts of the tile runs at 0.8–1.0 G values/s.
 *
 * <p>Memory: 2·ROWS·d doubles (862 KB at d = 843), allocated once per worker. Not thread-safe: one task uses a tile
 * at a time.
 */
final class PixelTile {

    /** Pixels per tile: the feature-major copy must fit a core's L2 cache at d ≈ 850 (32 pixels measured slower). */
    static final int ROWS = 64;

    final int d;
    /** Pixel i, feature j at rows[i][j]. */
    final double[][] rows;
    /** Feature j, pixel i at cols[j][i]; entries of pixels ≥ {@link #count()} are stale. */
    final double[][] cols;
    private int count;
    private int[] use = new int[0];

    PixelTile(int d) {
        this.d = d;
        this.rows = new double[ROWS][d];
        this.cols = new double[d][ROWS];
    }

    /** Pixels held. */
    int count() {
        return count;
    }

    /** Loads rows [first, first + n) of {@code data}, n ≤ {@link #ROWS}, in both layouts. */
    void load(SpectralMatrix data, int first, int n) {
        loadRows(data, first, n);
        fillColumns();
    }

    /**
     * Loads rows [first, first + n) of {@code data}, n ≤ {@link #ROWS}, pixel-major only: enough for
     * {@link #accumulate}; {@link #dots} needs {@link #fillColumns()} first.
     */
    void loadRows(SpectralMatrix data, int first, int n) {
        count = n;
        for (int i = 0; i < n; i++) {
            float[] src = data.blockOf(first + i);
            int off = data.offsetOf(first + i);
            double[] row = rows[i];
            for (int j = 0; j < d; j++) {
                row[j] = src[off + j];
            }
        }
    }

    /**
     * The feature-major copy of the loaded rows, eight features at a time so that each pass over the pixels writes
     * eight short arrays.
     */
    void fillColumns() {
        int n = count;
        int j = 0;
        for (; j + 7 < d; j += 8) {
            double[] c0 = cols[j];
            double[] c1 = cols[j + 1];
            double[] c2 = cols[j + 2];
            double[] c3 = cols[j + 3];
            double[] c4 = cols[j + 4];
            double[] c5 = cols[j + 5];
            double[] c6 = cols[j + 6];
            double[] c7 = cols[j + 7];
            for (int i = 0; i < n; i++) {
                double[] row = rows[i];
                c0[i] = row[j];
                c1[i] = row[j + 1];
                c2[i] = row[j + 2];
                c3[i] = row[j + 3];
                c4[i] = row[j + 4];
                c5[i] = row[j + 5];
                c6[i] = row[j + 6];
                c7[i] = row[j + 7];
            }
        }
        for (; j < d; j++) {
            double[] c0 = cols[j];
            for (int i = 0; i < n; i++) {
                c0[i] = rows[i][j];
            }
        }
    }

    /**
     * Projections of the held pixels on vectors: {@code out[c][i] = Σ_j vectors[c][j]·y_i[j]} (sequential in j) for
     * i &lt; {@link #count()} and the first m vectors, except those with {@code skip[c]} (left unchanged).
     *
     * @param vectors at least m vectors of length d, not modified
     * @param skip    null, or per vector whether to leave it out
     * @param out     at least m arrays of length ≥ {@link #ROWS}
     */
    void dots(double[][] vectors, int m, boolean[] skip, double[][] out) {
        int u = 0;
        int[] sel = selection(m);
        for (int c = 0; c < m; c++) {
            if (skip == null || !skip[c]) {
                sel[u++] = c;
            }
        }
        int n = count;
        for (int c = 0; c < u; c++) {
            java.util.Arrays.fill(out[sel[c]], 0, n, 0.0);
        }
        int c = 0;
        for (; c + 3 < u; c += 4) {
            dots4(vectors[sel[c]], vectors[sel[c + 1]], vectors[sel[c + 2]], vectors[sel[c + 3]], out[sel[c]],
                    out[sel[c + 1]], out[sel[c + 2]], out[sel[c + 3]]);
        }
        if (c + 1 < u) {
            dots2(vectors[sel[c]], vectors[sel[c + 1]], out[sel[c]], out[sel[c + 1]]);
            c += 2;
        }
        if (c < u) {
            dots1(vectors[sel[c]], out[sel[c]]);
        }
    }

    private int[] selection(int m) {
        if (use.length < m) {
            use = new int[m];
        }
        return use;
    }

    /** p_c[i] += Σ_j v_c[j]·cols[j][i] for four vectors, two features per sweep over the pixels. */
    private void dots4(double[] v0, double[] v1, double[] v2, double[] v3, double[] p0, double[] p1, double[] p2,
            double[] p3) {
        int n = count;
        int j = 0;
        for (; j + 1 < d; j += 2) {
            double[] y = cols[j];
            double[] z = cols[j + 1];
            double a0 = v0[j];
            double a1 = v1[j];
            double a2 = v2[j];
            double a3 = v3[j];
            double b0 = v0[j + 1];
            double b1 = v1[j + 1];
            double b2 = v2[j + 1];
            double b3 = v3[j + 1];
            for (int i = 0; i < n; i++) {
                double yi = y[i];
                double zi = z[i];
                p0[i] = p0[i] + a0 * yi + b0 * zi;
                p1[i] = p1[i] + a1 * yi + b1 * zi;
                p2[i] = p2[i] + a2 * yi + b2 * zi;
                p3[i] = p3[i] + a3 * yi + b3 * zi;
            }
        }
        if (j < d) {
            double[] y = cols[j];
            double a0 = v0[j];
            double a1 = v1[j];
            double a2 = v2[j];
            double a3 = v3[j];
            for (int i = 0; i < n; i++) {
                double yi = y[i];
                p0[i] += a0 * yi;
                p1[i] += a1 * yi;
                p2[i] += a2 * yi;
                p3[i] += a3 * yi;
            }
        }
    }

    /** As {@link #dots4} for two vectors (the m mod 4 remainder). */
    private void dots2(double[] v0, double[] v1, double[] p0, double[] p1) {
        int n = count;
        int j = 0;
        for (; j + 1 < d; j += 2) {
            double[] y = cols[j];
            double[] z = cols[j + 1];
            double a0 = v0[j];
            double a1 = v1[j];
            double b0 = v0[j + 1];
            double b1 = v1[j + 1];
            for (int i = 0; i < n; i++) {
                double yi = y[i];
                double zi = z[i];
                p0[i] = p0[i] + a0 * yi + b0 * zi;
                p1[i] = p1[i] + a1 * yi + b1 * zi;
            }
        }
        if (j < d) {
            double[] y = cols[j];
            double a0 = v0[j];
            double a1 = v1[j];
            for (int i = 0; i < n; i++) {
                double yi = y[i];
                p0[i] += a0 * yi;
                p1[i] += a1 * yi;
            }
        }
    }

    /** p[i] += Σ_j v[j]·cols[j][i] for one vector (the last of an odd remainder). */
    private void dots1(double[] v, double[] p) {
        int n = count;
        int j = 0;
        for (; j + 1 < d; j += 2) {
            double[] y = cols[j];
            double[] z = cols[j + 1];
            double a = v[j];
            double b = v[j + 1];
            for (int i = 0; i < n; i++) {
                p[i] = p[i] + a * y[i] + b * z[i];
            }
        }
        if (j < d) {
            double[] y = cols[j];
            double a = v[j];
            for (int i = 0; i < n; i++) {
                p[i] += a * y[i];
            }
        }
    }

    /**
     * {@code sums[c][j] += w[i·m + c]·y_i[j]} for c &lt; m and every held pixel i, pixel by pixel in tile order. A
     * component is skipped for a pair of pixels when both its weights are zero.
     *
     * @param w    row-major count × m weights, not modified
     * @param sums at least m arrays of length d, updated
     */
    void accumulate(double[] w, int m, double[][] sums) {
        int[] sel = selection(m);
        int i = 0;
        for (; i + 1 < count; i += 2) {
            int wi = i * m;
            int wk = wi + m;
            int u = 0;
            for (int c = 0; c < m; c++) {
                if (w[wi + c] != 0 || w[wk + c] != 0) {
                    sel[u++] = c;
                }
            }
            double[] y = rows[i];
            double[] z = rows[i + 1];
            int c = 0;
            for (; c + 1 < u; c += 2) {
                int c0 = sel[c];
                int c1 = sel[c + 1];
                axpy2x2(w[wi + c0], w[wk + c0], w[wi + c1], w[wk + c1], y, z, sums[c0], sums[c1]);
            }
            if (c < u) {
                int c0 = sel[c];
                double a = w[wi + c0];
                double b = w[wk + c0];
                double[] s = sums[c0];
                for (int j = 0; j < d; j++) {
                    s[j] = s[j] + a * y[j] + b * z[j];
                }
            }
        }
        if (i < count) {
            int wi = i * m;
            double[] y = rows[i];
            for (int c = 0; c < m; c++) {
                double a = w[wi + c];
                if (a != 0) {
                    double[] s = sums[c];
                    for (int j = 0; j < d; j++) {
                        s[j] += a * y[j];
                    }
                }
            }
        }
    }

    /** s0 += a0·y + b0·z and s1 += a1·y + b1·z element-wise, y (pixel i) added before z (pixel i + 1). */
    private void axpy2x2(double a0, double b0, double a1, double b1, double[] y, double[] z, double[] s0, double[] s1) {
        for (int j = 0; j < d; j++) {
            double yj = y[j];
            double zj = z[j];
            s0[j] = s0[j] + a0 * yj + b0 * zj;
            s1[j] = s1[j] + a1 * yj + b1 * zj;
        }
    }
}
