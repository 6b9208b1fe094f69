package zerotohero.tensors;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.plot.Chart;
import zerotohero.kit.run.Lesson;

/**
 * Draws the lesson's figures into {@code modules/01-tensors/figures/} from this module's own code: the
 * broadcasting views of {@link StridedTensor}, the storage order of a tensor and of its transpose, and
 * {@link Idioms#normalizeRows} next to the keepdim mistake. Run it from the repository root against the
 * reference solution (see the lesson).
 */
public final class Figures {

    static final Lesson LESSON = new Lesson("01-tensors");

    private Figures() {
    }

    public static void main(String[] args) {
        Path dir = LESSON.dir().resolve("figures");
        broadcasting(dir);
        storage(dir);
        normalizing(dir);
        System.out.println("figures written to " + dir);
    }

    /** A (3, 1) column plus a (1, 4) row: both stretched to (3, 4) by stride-0 views, then added. */
    static void broadcasting(Path dir) {
        StridedTensor column = StridedTensor.of(new float[] {1, 2, 3}, 3, 1);
        StridedTensor row = StridedTensor.of(new float[] {10, 20, 30, 40}, 1, 4);
        StridedTensor a = column.broadcastTo(3, 4);
        StridedTensor b = row.broadcastTo(3, 4);
        double[][] sum = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                sum[i][j] = a.get(i, j) + b.get(i, j);
            }
        }
        Chart.heatMap("a: shape (3, 1)").values(values(column)).showValues().size(260, 420)
                .save(dir.resolve("broadcast-column.svg"));
        Chart.heatMap("b: shape (1, 4)").values(values(row)).showValues().size(560, 220)
                .save(dir.resolve("broadcast-row.svg"));
        Chart.heatMap("a + b: shape (3, 4)").values(sum)
                .cellText((i, j) -> fmt(a.get(i, j)) + " + " + fmt(b.get(i, j)) + "\n= " + fmt(sum[i][j]))
                .size(560, 420).save(dir.resolve("broadcast-sum.svg"));
    }

    /** A (2, 3) tensor and its transpose: the same six numbers, read in a different order. */
    static void storage(Path dir) {
        StridedTensor t = StridedTensor.of(new float[] {10, 20, 30, 40, 50, 60}, 2, 3);
        StridedTensor tt = t.transpose(0, 1);
        Chart.heatMap("storage: six numbers in a row").values(new double[][] {{0, 1, 2, 3, 4, 5}})
                .cellText((r, k) -> fmt(10 * (k + 1)) + "\n[" + k + "]").columnLabels(
                        List.of("0", "1", "2", "3", "4", "5")).xLabel("storage index").size(700, 200)
                .save(dir.resolve("storage.svg"));
        storageMap(t, "t: shape (2, 3), strides (3, 1)").size(520, 360).save(dir.resolve("storage-t.svg"));
        storageMap(tt, "t.transpose(0, 1): shape (3, 2), strides (1, 3)").size(420, 460)
                .save(dir.resolve("storage-transposed.svg"));
    }

    /** A heat map coloured by storage index, each cell showing its value and where it lives in storage. */
    private static zerotohero.kit.plot.HeatMap storageMap(StridedTensor t, String title) {
        int[] shape = t.shape();
        int[] strides = t.strides();
        double[][] index = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                index[i][j] = t.offset() + i * strides[0] + j * strides[1];
            }
        }
        return Chart.heatMap(title).values(index)
                .cellText((i, j) -> fmt(t.get(i, j)) + "\nstorage[" + (int) index[i][j] + "]");
    }

    /** A square count matrix, its rows normalised, and the same division without keepdim. */
    static void normalizing(Path dir) {
        float[][] counts = {{8, 2, 0, 10}, {1, 1, 1, 1}, {0, 30, 10, 0}, {4, 0, 1, 15}};
        INDArray c = Nd4j.create(counts);
        INDArray p = Idioms.normalizeRows(c);
        double[] rowSums = c.sum(1).toDoubleVector();
        double[][] wrong = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                wrong[i][j] = counts[i][j] / rowSums[j]; // a (4) vector lines up with the columns
            }
        }
        List<String> rows = List.of("row 0", "row 1", "row 2", "row 3");
        Chart.heatMap("counts (row sums 20, 4, 40, 20)").values(toDoubles(counts)).showValues().rowLabels(rows)
                .size(480, 420).save(dir.resolve("counts.svg"));
        Chart.heatMap("counts / counts.sum(1, keepdim): rows sum to 1").values(p.toDoubleMatrix()).showValues()
                .rowLabels(rows).size(480, 420).save(dir.resolve("counts-normalized.svg"));
        Chart.heatMap("counts / counts.sum(1): columns divided (wrong)").values(wrong).showValues().rowLabels(rows)
                .size(480, 420).save(dir.resolve("counts-wrong.svg"));
    }

    private static double[][] values(StridedTensor t) {
        int[] shape = t.shape();
        double[][] v = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                v[i][j] = t.get(i, j);
            }
        }
        return v;
    }

    private static double[][] toDoubles(float[][] xs) {
        double[][] out = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            out[i] = new double[xs[i].length];
            for (int j = 0; j < xs[i].length; j++) {
                out[i][j] = xs[i][j];
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
