package zerotohero.gpt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.Tensor;

@Exercise("09.3")
@DisplayName("09.3 The averaging trick: a loop, a triangular matmul and a masked softmax agree")
class AveragesTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    private static final Tensor X = Fixtures.randn64(1337, 4, 8, 2);

    @Test
    @Timeout(10)
    @DisplayName("the loop: position t holds the mean of positions 0..t")
    void loop() {
        double[][][] x = Fixtures.cube(X);
        double[][][] y = Averages.loop(x);
        Expect.close("y[0][0][0]", y[0][0][0], x[0][0][0], 1e-12, "position 0 sees only itself");
        Expect.close("y[1][1][1]", y[1][1][1], (x[1][0][1] + x[1][1][1]) / 2, 1e-12,
                "position 1 is the mean of positions 0 and 1 (inclusive)");
        double sum = 0;
        for (int t = 0; t < 8; t++) {
            sum += x[3][t][0];
        }
        Expect.close("y[3][7][0]", y[3][7][0], sum / 8, 1e-12, "the last position is the mean of the whole row");
    }

    @Test
    @Timeout(10)
    @DisplayName("the matmul and the softmax versions equal the loop to 1e-12")
    void threeWaysAgree() {
        double[][][] loop = Averages.loop(Fixtures.cube(X));
        double[][][] mm = Fixtures.cube(Averages.matmul(X));
        double[][][] sm = Fixtures.cube(Averages.softmax(X));
        for (int b = 0; b < 4; b++) {
            for (int t = 0; t < 8; t++) {
                for (int c = 0; c < 2; c++) {
                    Expect.close("matmul[" + b + "][" + t + "][" + c + "]", mm[b][t][c], loop[b][t][c], 1e-12,
                            "weights = tril(ones(T, T)) with each row divided by its sum, then weights @ x");
                    Expect.close("softmax[" + b + "][" + t + "][" + c + "]", sm[b][t][c], loop[b][t][c], 1e-12,
                            "zeros with −∞ above the diagonal, softmax along each ROW (the last dimension): a "
                                    + "softmax down the columns would give position 0 weights over all T positions");
                }
            }
        }
        Expect.that(Averages.matmul(X).type() == X.type(), "work in x's type (float64 here): Tensor.ones is float32");
    }
}
