package zerotohero.bigram;

/** The neural bigram's loss, gradient and update, in plain double-precision Java, for small checks. */
final class Reference {

    private Reference() {
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            p[j] = Math.exp(z[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < z.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    static double meanSquare(double[][] w) {
        double s = 0;
        int n = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v * v;
                n++;
            }
        }
        return s / n;
    }

    static double loss(double[][] w, int[] xs, int[] ys) {
        double nll = 0;
        for (int i = 0; i < xs.length; i++) {
            nll -= Math.log(softmax(w[xs[i]])[ys[i]]);
        }
        return nll / xs.length + NeuralBigram.REGULARISATION * meanSquare(w);
    }

    static double[][] gradient(double[][] w, int[] xs, int[] ys) {
        int v = w.length;
        double[][] g = new double[v][v];
        for (int i = 0; i < xs.length; i++) {
            double[] p = softmax(w[xs[i]]);
            for (int j = 0; j < v; j++) {
                g[xs[i]][j] += (p[j] - (j == ys[i] ? 1 : 0)) / xs.length;
            }
        }
        for (int r = 0; r < v; r++) {
            for (int c = 0; c < v; c++) {
                g[r][c] += NeuralBigram.REGULARISATION * 2 * w[r][c] / (v * v);
            }
        }
        return g;
    }

    static double[][] step(double[][] w, int[] xs, int[] ys, double lr) {
        double[][] g = gradient(w, xs, ys);
        double[][] next = new double[w.length][w.length];
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w.length; c++) {
                next[r][c] = w[r][c] - lr * g[r][c];
            }
        }
        return next;
    }
}
