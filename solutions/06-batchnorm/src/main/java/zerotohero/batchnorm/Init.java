package zerotohero.batchnorm;

import zerotohero.kit.Tensor;

/** Initial weights whose outputs neither vanish nor explode. */
public final class Init {

    /** The gain for tanh: it squashes, so the weights must be a little larger than 1/√fanIn. */
    public static final double TANH_GAIN = 5.0 / 3.0;

    private Init() {
    }

    /**
     * Exercise 06.3: a (fanIn, fanOut) weight drawn from N(0, 1) and scaled by gain/√fanIn (Kaiming He et
     * al., 2015). Each output of x @ W then has variance gain²·Var(x): with gain 1 the layer keeps the variance
     * of its input; a gain above 1 deliberately enlarges it by gain², which the following non-linearity takes
     * back (tanh shrinks it; 5/3 for tanh, √2 for ReLU), so that the variance is roughly kept across the pair.
     */
    public static Tensor kaiming(int fanIn, int fanOut, double gain) {
        return Tensor.randn(fanIn, fanOut).mul(gain / Math.sqrt(fanIn));
    }

    /**
     * Exercise 06.1: the loss of a model that knows nothing and says so: every one of {@code classes}
     * outcomes equally likely, so −ln(1/classes) (3.2958 for 27 characters).
     */
    public static double expectedInitialLoss(int classes) {
        return -Math.log(1.0 / classes);
    }
}
