package zerotohero.kit.fast;

/**
 * The float32 versions of the element-wise arithmetic loops of {@code Pointwise}: a ∘ b with broadcasting
 * (± × ÷) and its backward pass, and a tensor times or plus a number. Same contract as
 * {@link Float32Kernels}: each method answers whether it did the work (all its arrays float32). The forward
 * loops give the plain loops' numbers bit for bit (a float sum, difference, product or quotient is the
 * double one rounded to float); the backward loop of a ∘ b rounds each product to float before adding it.
 */
public final class Float32Arithmetic {

    private Float32Arithmetic() {}

    /**
     * Pointwise arithmetic y = a ∘ b over a {@link BroadcastPlan}, {@code op} one of + − × ÷, in float
     * arithmetic (for these four, float arithmetic gives exactly the double result rounded to float). A row
     * whose inputs both advance by 1 takes a loop the JIT compiler vectorises.
     */
    public static boolean arithmetic(char op, JavaArray a, JavaArray b, JavaArray y, BroadcastPlan plan) {
        if (!(a.isFloat32() && b.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = a.floats();
        float[] zs = b.floats();
        float[] ys = y.floats();
        int ai = plan.aStep;
        int bj = plan.bStep;
        for (int r = 0, o = 0; r < plan.rows; r++, o += plan.width) {
            int i = plan.aStart[r];
            int j = plan.bStart[r];
            int n = plan.width;
            if (ai == 1 && bj == 1) {
                switch (op) {
                    case '+' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] + zs[j + c]; } }
                    case '-' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] - zs[j + c]; } }
                    case '*' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] * zs[j + c]; } }
                    default -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] / zs[j + c]; } }
                }
            } else if (ai == 1 && bj == 0) { // one number of b for the whole row (e.g. a row's mean or norm)
                float z = zs[j];
                switch (op) {
                    case '+' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] + z; } }
                    case '-' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] - z; } }
                    case '*' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] * z; } }
                    default -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c] / z; } }
                }
            } else {
                switch (op) {
                    case '+' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c * ai] + zs[j + c * bj]; } }
                    case '-' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c * ai] - zs[j + c * bj]; } }
                    case '*' -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c * ai] * zs[j + c * bj]; } }
                    default -> { for (int c = 0; c < n; c++) { ys[o + c] = xs[i + c * ai] / zs[j + c * bj]; } }
                }
            }
        }
        return true;
    }

    /**
     * The backward pass of {@link #arithmetic}: da += dy·∂y/∂a and db += dy·∂y/∂b (either may be null: no
     * gradient wanted), in float arithmetic; a row whose arrays all advance by 1 takes a vectorised loop,
     * and a broadcast input's gradient (step 0) sums its row first.
     */
    public static boolean arithmeticBackward(char op, JavaArray a, JavaArray b, JavaArray dy, JavaArray da,
            JavaArray db, BroadcastPlan plan) {
        if (!(a.isFloat32() && b.isFloat32() && dy.isFloat32() && (da == null || da.isFloat32())
                && (db == null || db.isFloat32()))) {
            return false;
        }
        float[] xs = a.floats();
        float[] zs = b.floats();
        float[] g = dy.floats();
        float[] dx = da == null ? null : da.floats();
        float[] dz = db == null ? null : db.floats();
        int ai = plan.aStep;
        int bj = plan.bStep;
        for (int r = 0, o = 0; r < plan.rows; r++, o += plan.width) {
            int i = plan.aStart[r];
            int j = plan.bStart[r];
            int n = plan.width;
            if (dx != null) {
                switch (op) {
                    case '+', '-' -> addRow(dx, i, ai, g, o, n);
                    case '*' -> mulAddRow(dx, i, ai, g, o, zs, j, bj, n);              // dx += dy·b
                    default -> divAddRow(dx, i, ai, g, o, zs, j, bj, n);               // dx += dy / b
                }
            }
            if (dz != null) {
                switch (op) {
                    case '+' -> addRow(dz, j, bj, g, o, n);
                    case '-' -> subRow(dz, j, bj, g, o, n);
                    case '*' -> mulAddRow(dz, j, bj, g, o, xs, i, ai, n);              // db += dy·a
                    default -> quotientByBRow(dz, j, bj, g, o, xs, i, ai, zs, n);      // db += dy·(−a/b²)
                }
            }
        }
        return true;
    }

    /** d[at + c·step] += g[from + c]·f[fAt + c·fStep] for c < n. */
    private static void mulAddRow(float[] d, int at, int step, float[] g, int from, float[] f, int fAt, int fStep,
            int n) {
        if (step == 1 && fStep == 1) {
            for (int c = 0; c < n; c++) {
                d[at + c] += g[from + c] * f[fAt + c];
            }
        } else if (step == 0 && fStep == 1) {
            float sum = d[at];
            for (int c = 0; c < n; c++) {
                sum += g[from + c] * f[fAt + c];
            }
            d[at] = sum;
        } else if (step == 1 && fStep == 0) {
            float v = f[fAt];
            for (int c = 0; c < n; c++) {
                d[at + c] += g[from + c] * v;
            }
        } else {
            for (int c = 0; c < n; c++) {
                d[at + c * step] += g[from + c] * f[fAt + c * fStep];
            }
        }
    }

    /** d[at + c·step] += g[from + c] / f[fAt + c·fStep] for c < n. */
    private static void divAddRow(float[] d, int at, int step, float[] g, int from, float[] f, int fAt, int fStep,
            int n) {
        if (step == 1 && fStep == 1) {
            for (int c = 0; c < n; c++) {
                d[at + c] += g[from + c] / f[fAt + c];
            }
        } else if (step == 1 && fStep == 0) {
            float v = f[fAt];
            for (int c = 0; c < n; c++) {
                d[at + c] += g[from + c] / v;
            }
        } else {
            for (int c = 0; c < n; c++) {
                d[at + c * step] += g[from + c] / f[fAt + c * fStep];
            }
        }
    }

    /** d[at + c·step] −= g[from + c] for c < n (step 0: one number, which the row's sum goes into). */
    private static void subRow(float[] d, int at, int step, float[] g, int from, int n) {
        if (step == 0) { // in a register: subtracting into d[at] each time waits for the last store
            float sum = d[at];
            for (int c = 0; c < n; c++) {
                sum -= g[from + c];
            }
            d[at] = sum;
        } else if (step == 1) { // side by side: a loop the JIT compiler vectorises (a variable step stops it)
            for (int c = 0; c < n; c++) {
                d[at + c] -= g[from + c];
            }
        } else {
            for (int c = 0; c < n; c++) {
                d[at + c * step] -= g[from + c];
            }
        }
    }

    /**
     * d[at + c·step] −= g[from + c]·a[aAt + c·aStep] / b², b = bs[at + c·step], for c &lt; n: the gradient of
     * a quotient a / b with respect to b.
     */
    private static void quotientByBRow(float[] d, int at, int step, float[] g, int from, float[] a, int aAt,
            int aStep, float[] bs, int n) {
        if (step == 0) { // one b for the row, as in x / σ: its gradient sums in a register
            float b = bs[at];
            float sum = d[at];
            for (int c = 0; c < n; c++) {
                sum -= g[from + c] * a[aAt + c * aStep] / (b * b);
            }
            d[at] = sum;
        } else if (step == 1 && aStep == 1) { // as in batch norm's x / σ, σ a row: vectorised
            for (int c = 0; c < n; c++) {
                float b = bs[at + c];
                d[at + c] -= g[from + c] * a[aAt + c] / (b * b);
            }
        } else {
            for (int c = 0; c < n; c++) {
                float b = bs[at + c * step];
                d[at + c * step] -= g[from + c] * a[aAt + c * aStep] / (b * b);
            }
        }
    }

    /** d[at + c·step] += g[from + c] for c < n: a row of gradient passed through unchanged. */
    private static void addRow(float[] d, int at, int step, float[] g, int from, int n) {
        if (step == 1) {
            for (int c = 0; c < n; c++) {
                d[at + c] += g[from + c];
            }
        } else if (step == 0) {
            float sum = d[at];
            for (int c = 0; c < n; c++) {
                sum += g[from + c];
            }
            d[at] = sum;
        } else {
            for (int c = 0; c < n; c++) {
                d[at + c * step] += g[from + c];
            }
        }
    }

    /** y = x·c, over float32 numbers (the product rounded from double, as the plain loop does). */
    public static boolean scale(JavaArray x, double c, JavaArray y) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ys = y.floats();
        for (int i = 0; i < xs.length; i++) {
            ys[i] = (float) (xs[i] * c);
        }
        return true;
    }

    /** dx += c·dy, over float32 numbers: the backward pass of {@link #scale}. */
    public static boolean scaleBackward(JavaArray dy, double c, JavaArray dx) {
        if (!(dy.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] dys = dy.floats();
        float[] dxs = dx.floats();
        for (int i = 0; i < dys.length; i++) {
            dxs[i] = (float) (dxs[i] + dys[i] * c);
        }
        return true;
    }

    /** y = x + c, over float32 numbers. */
    public static boolean shift(JavaArray x, double c, JavaArray y) {
        if (!(x.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ys = y.floats();
        for (int i = 0; i < xs.length; i++) {
            ys[i] = (float) (xs[i] + c);
        }
        return true;
    }

    /** y = x ⊙ m element by element (same length, no broadcasting), over float32 numbers. */
    public static boolean multiply(JavaArray x, JavaArray m, JavaArray y) {
        if (!(x.isFloat32() && m.isFloat32() && y.isFloat32())) {
            return false;
        }
        float[] xs = x.floats();
        float[] ms = m.floats();
        float[] ys = y.floats();
        for (int i = 0; i < xs.length; i++) {
            ys[i] = xs[i] * ms[i];
        }
        return true;
    }

    /**
     * dx += dy ⊙ m, over float32 numbers: the backward pass of {@link #multiply} (the sum taken in double and
     * rounded once, as the plain loop does).
     */
    public static boolean multiplyBackward(JavaArray dy, JavaArray m, JavaArray dx) {
        if (!(dy.isFloat32() && m.isFloat32() && dx.isFloat32())) {
            return false;
        }
        float[] dys = dy.floats();
        float[] ms = m.floats();
        float[] dxs = dx.floats();
        for (int i = 0; i < dys.length; i++) {
            dxs[i] = (float) (dxs[i] + (double) dys[i] * ms[i]);
        }
        return true;
    }
}
