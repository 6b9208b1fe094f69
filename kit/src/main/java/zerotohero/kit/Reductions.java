package zerotohero.kit;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import zerotohero.kit.fast.JavaArray;

/**
 * Reductions: sum, mean, max and variance over some dimensions. Backward spreads the reduced gradient back
 * over the elements that were combined, each by its own share.
 *
 * <p>Each element of the input belongs to one group (the elements that differ only along the reduced
 * dimensions), and each group gives one number of the output: {@link #groupOf} says which.
 */
final class Reductions {

    private Reductions() {}

    /** Sums over {@code dims}; with keepdim those dimensions stay, with size 1 (good for broadcasting). */
    static Tensor sum(Tensor a, int[] dims, boolean keepdim) {
        int[] ds = Shapes.dims(dims, a.rank());
        Block block = Block.of(a.shape(), ds);
        int[] group = block == null ? groupOf(a.shape(), ds) : null; // a block needs no look-up
        JavaArray x = a.numbers();
        double[] sums = new double[(int) Shapes.length(Shapes.kept(a.shape(), ds))];
        addByGroup(sums, group, block, x, null);
        // Each element contributed once to its sum, so each receives the sum's gradient unchanged.
        return Tensor.result(of(a, sums), shape(a, ds, keepdim), "sum", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (dx.isFloat32() && dy.isFloat32()) {
                float[] dxs = dx.floats();
                float[] dys = dy.floats();
                if (block != null && block.inner == 1) { // each group's numbers side by side
                    for (int o = 0, e = 0; o < block.outer; o++) {
                        float d = dys[o];
                        for (int end = e + block.mid; e < end; e++) {
                            dxs[e] += d;
                        }
                    }
                    return;
                }
                if (block != null) { // row by row: a loop the JIT compiler vectorises
                    for (int o = 0, e = 0; o < block.outer; o++) {
                        for (int m = 0; m < block.mid; m++, e += block.inner) {
                            for (int i = 0; i < block.inner; i++) {
                                dxs[e + i] += dys[o * block.inner + i];
                            }
                        }
                    }
                    return;
                }
                for (int i = 0; i < dxs.length; i++) {
                    dxs[i] += dys[group[i]];
                }
                return;
            }
            double[] dxs = dx.doubles();
            double[] dys = dy.doubles();
            int[] lookUp = group != null ? group : groupOf(a.shape(), ds);
            for (int i = 0; i < dxs.length; i++) {
                dxs[i] += dys[lookUp[i]];
            }
        }, a);
    }

    /** The sum divided by how many elements it combined; the division's backward divides the gradient. */
    static Tensor mean(Tensor a, int[] dims, boolean keepdim) {
        long n = Shapes.count(a.shape(), Shapes.dims(dims, a.rank()));
        return sum(a, dims, keepdim).div(n);
    }

    /**
     * The largest element along {@code dim}. The gradient goes to the element(s) that were the maximum;
     * with ties each of them receives it.
     */
    static Tensor max(Tensor a, int dim, boolean keepdim) {
        int[] ds = {Shapes.dim(dim, a.rank())};
        int[] group = groupOf(a.shape(), ds);
        JavaArray x = a.numbers();
        double[] max = new double[(int) Shapes.length(Shapes.kept(a.shape(), ds))];
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < x.length; i++) {
            max[group[i]] = Math.max(max[group[i]], x.get(i));
        }
        JavaArray y = of(a, max);
        return Tensor.result(y, shape(a, ds, keepdim), "max", node -> {
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            for (int i = 0; i < dx.length; i++) {
                if (x.get(i) == y.get(group[i])) {
                    dx.add(i, dy.get(group[i]));
                }
            }
        }, a);
    }

    /**
     * The variance over {@code dims}: the mean squared distance from the mean, divided by n (biased) or
     * by n − 1 (unbiased, Bessel's correction, PyTorch's default for {@code var}).
     */
    static Tensor var(Tensor a, int[] dims, boolean keepdim, boolean unbiased) {
        int[] ds = Shapes.dims(dims, a.rank());
        long n = Shapes.count(a.shape(), ds);
        double denominator = unbiased ? n - 1 : n;
        Block block = Block.of(a.shape(), ds);
        int[] group = block == null ? groupOf(a.shape(), ds) : null;
        JavaArray x = a.numbers();
        int groups = (int) Shapes.length(Shapes.kept(a.shape(), ds));
        double[] mean = new double[groups];
        addByGroup(mean, group, block, x, null);
        for (int k = 0; k < groups; k++) {
            mean[k] /= n;
        }
        double[] var = new double[groups];
        addByGroup(var, group, block, x, mean); // Σ (x − mean)²
        for (int k = 0; k < groups; k++) {
            var[k] /= denominator;
        }
        return Tensor.result(of(a, var), shape(a, ds, keepdim), "var", node -> {
            // d var/dx_i = 2(x_i - mean)/denominator; the mean's own dependence on x_i sums to zero.
            JavaArray dy = node.gradient().values();
            JavaArray dx = a.gradient().numbers();
            if (dx.isFloat32() && dy.isFloat32() && x.isFloat32() && block != null) { // row by row, with
                float[] dxs = dx.floats();                                 // 2·dy/denominator worked out once
                float[] dys = dy.floats();
                float[] xs = x.floats();
                double[] scale = block.inner == 1 ? null : new double[block.inner];
                for (int o = 0, e = 0; o < block.outer; o++) {
                    if (block.inner == 1) { // one group's numbers side by side (a variance over the last dimensions):
                        double m = mean[o];  // one division per group, not per number
                        double s = 2 * dys[o] / denominator;
                        for (int end = e + block.mid; e < end; e++) {
                            dxs[e] = (float) (dxs[e] + (xs[e] - m) * s);
                        }
                        continue;
                    }
                    for (int i = 0, g = o * block.inner; i < block.inner; i++, g++) {
                        scale[i] = 2 * dys[g] / denominator;
                    }
                    for (int m = 0; m < block.mid; m++, e += block.inner) {
                        for (int i = 0, g = o * block.inner; i < block.inner; i++, g++) {
                            dxs[e + i] = (float) (dxs[e + i] + (xs[e + i] - mean[g]) * scale[i]);
                        }
                    }
                }
                return;
            }
            int[] lookUp = group != null ? group : groupOf(a.shape(), ds);
            for (int i = 0; i < dx.length; i++) {
                dx.add(i, 2 * (x.get(i) - mean[lookUp[i]]) / denominator * dy.get(lookUp[i]));
            }
        }, a);
    }

    /**
     * sums[group[i]] += x[i], or (x[i] − mean[group[i]])² if {@code mean} is not null, for each i in order.
     * When the reduced dimensions are consecutive ({@link Block}) the groups follow from the shape, with no
     * look-up per element: over the last dimensions, each group's numbers lie side by side and their sum
     * runs in a register (adding into the array element by element waits for each store before the next
     * add: a sum over a whole (12, 64, 128) tensor, with a multiply before it and the backward pass, took
     * 0.87 ms that way and 0.47 ms this way); over the first dimensions (batch norm's, over the batch) each
     * row adds into a row of groups, one vectorised loop; reading the groups from {@code group} instead took
     * four times as long for a (32, 200) batch. The additions happen in the same order on every path, so
     * the sums are the same.
     */
    private static void addByGroup(double[] sums, int[] group, Block block, JavaArray x, double[] mean) {
        float[] fs = x.isFloat32() ? x.floats() : null;
        double[] ds = fs == null ? x.doubles() : null;
        if (block == null) {
            for (int i = 0; i < group.length; i++) {
                double v = fs != null ? fs[i] : ds[i];
                int g = group[i];
                sums[g] += mean == null ? v : (v - mean[g]) * (v - mean[g]);
            }
            return;
        }
        for (int o = 0, e = 0; o < block.outer; o++) {
            int g = o * block.inner;
            if (block.inner == 1) { // one group's numbers side by side: a sum in a register
                double m = mean == null ? 0 : mean[g];
                double s = sums[g];
                for (int end = e + block.mid; e < end; e++) {
                    double v = fs != null ? fs[e] : ds[e];
                    s += mean == null ? v : (v - m) * (v - m);
                }
                sums[g] = s;
            } else {
                for (int m = 0; m < block.mid; m++, e += block.inner) {
                    addRow(sums, g, fs, ds, e, block.inner, mean);
                }
            }
        }
    }

    /**
     * How the groups lie when the reduced dimensions are consecutive: element (o·mid + m)·inner + i, for o
     * &lt; outer, m &lt; mid and i &lt; inner, belongs to group o·inner + i.
     */
    private record Block(int outer, int mid, int inner) {

        /** The block of a reduction over these dimensions, or null if they are not consecutive. */
        static Block of(long[] shape, int[] reduced) {
            int[] dims = reduced.clone();
            Arrays.sort(dims);
            if (dims.length == 0 || dims[dims.length - 1] - dims[0] != dims.length - 1) {
                return null;
            }
            int outer = (int) Shapes.length(Arrays.copyOf(shape, dims[0]));
            int mid = (int) Shapes.count(shape, dims);
            int inner = (int) Shapes.length(Arrays.copyOfRange(shape, dims[dims.length - 1] + 1, shape.length));
            return new Block(outer, mid, inner);
        }
    }

    /** sums[g + c] += x[i + c] (or its squared distance from the mean) for c &lt; n: groups side by side. */
    private static void addRow(double[] sums, int g, float[] fs, double[] ds, int i, int n, double[] mean) {
        for (int c = 0; c < n; c++) {
            double v = fs != null ? fs[i + c] : ds[i + c];
            sums[g + c] += mean == null ? v : (v - mean[g + c]) * (v - mean[g + c]);
        }
    }

    /**
     * For each element of an array of this shape (row-major), the index of its group in the reduced array:
     * its own index with the reduced dimensions' coordinates set to 0.
     */
    static int[] groupOf(long[] shape, int[] reduced) {
        String key = Arrays.toString(shape) + Arrays.toString(reduced);
        int[] group = GROUPS.get(key);
        if (group == null) {
            if (GROUPS.size() > 256) {
                GROUPS.clear(); // a bound on memory; the shapes of a training loop come back at once
            }
            group = computeGroups(shape, reduced);
            GROUPS.put(key, group);
        }
        return group;
    }

    /**
     * The groups of recently seen (shape, dimensions) pairs: a training loop reduces the same shapes every
     * step, and the arrays are never written after they are made.
     */
    private static final Map<String, int[]> GROUPS = new ConcurrentHashMap<>();

    private static int[] computeGroups(long[] shape, int[] reduced) {
        Block block = Block.of(shape, reduced);
        if (block != null) {
            int[] group = new int[(int) Shapes.length(shape)];
            for (int o = 0, e = 0; o < block.outer; o++) {
                for (int m = 0; m < block.mid; m++) {
                    for (int i = 0; i < block.inner; i++) {
                        group[e++] = o * block.inner + i;
                    }
                }
            }
            return group;
        }
        int[] dims = reduced.clone();
        long[] kept = Shapes.kept(shape, dims);
        int rank = shape.length;
        long[] keptStride = new long[rank];
        for (int d = rank - 1, s = 1; d >= 0; d--) {
            keptStride[d] = kept[d] == 1 ? 0 : s; // a reduced dimension (or a size of 1) moves no group
            s *= (int) kept[d];
        }
        return Shapes.walk(shape, keptStride);
    }

    /** The reduced shape: the kept one, or without the reduced dimensions. */
    private static long[] shape(Tensor a, int[] reduced, boolean keepdim) {
        long[] kept = Shapes.kept(a.shape(), reduced);
        if (keepdim) {
            return kept;
        }
        boolean[] gone = new boolean[kept.length];
        int left = kept.length;
        for (int d : reduced) {
            left -= gone[d] ? 0 : 1;
            gone[d] = true;
        }
        long[] shape = new long[left];
        for (int d = 0, k = 0; d < kept.length; d++) {
            if (!gone[d]) {
                shape[k++] = kept[d];
            }
        }
        return shape;
    }

    /** Numbers of the tensor's type. */
    private static JavaArray of(Tensor a, double[] values) {
        JavaArray y = JavaArray.zeros(a.type(), values.length);
        for (int i = 0; i < values.length; i++) {
            y.set(i, values[i]);
        }
        return y;
    }
}
