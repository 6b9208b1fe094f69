package zerotohero.gpt;

/** Plain-loop versions of attention, in float64, for the tests to compare against. */
final class Reference {

    private Reference() {
    }

    /** x (T, C) @ w (C, H). */
    static double[][] matmul(double[][] x, double[][] w) {
        double[][] y = new double[x.length][w[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                double s = 0;
                for (int k = 0; k < w.length; k++) {
                    s += x[i][k] * w[k][j];
                }
                y[i][j] = s;
            }
        }
        return y;
    }

    /**
     * Causal attention weights (T, T) of one sequence: softmax over s ≤ t of q_t·k_s · scale; with
     * {@code rowsFirst} false the softmax runs down the columns instead (the classic mistake).
     */
    static double[][] weights(double[][] q, double[][] k, double scale, boolean alongRows) {
        int t = q.length;
        double[][] s = new double[t][t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                double dot = 0;
                for (int c = 0; c < q[0].length; c++) {
                    dot += q[i][c] * k[j][c];
                }
                s[i][j] = j <= i ? dot * scale : Double.NEGATIVE_INFINITY;
            }
        }
        double[][] w = new double[t][t];
        for (int a = 0; a < t; a++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < t; b++) {
                max = Math.max(max, alongRows ? s[a][b] : s[b][a]);
            }
            double sum = 0;
            for (int b = 0; b < t; b++) {
                double e = Math.exp((alongRows ? s[a][b] : s[b][a]) - max);
                sum += e;
                if (alongRows) {
                    w[a][b] = e;
                } else {
                    w[b][a] = e;
                }
            }
            for (int b = 0; b < t; b++) {
                if (alongRows) {
                    w[a][b] /= sum;
                } else {
                    w[b][a] /= sum;
                }
            }
        }
        return w;
    }

    static double maxDiff(double[][] a, double[][] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return m;
    }
}
