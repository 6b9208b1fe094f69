package zerotohero.wavenet;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Module;

/**
 * A fully connected layer, as you wrote it in module 06: y = x @ weight (+ bias), weight of shape
 * (fanIn, fanOut) drawn N(0, 1)/√fanIn. Given here. It works on any number of leading dimensions: a
 * (B, T, fanIn) input multiplies every one of its B·T rows by the same weight, giving (B, T, fanOut); that
 * is what lets one layer process every pair of characters of the tree at once.
 */
public final class Linear extends Module {

    public final Tensor weight;
    /** Null when the layer has no bias (before a batch norm, which would cancel it). */
    public final Tensor bias;

    public Linear(int fanIn, int fanOut, boolean bias) {
        this.weight = param("weight", Tensor.randn(fanIn, fanOut).div(Math.sqrt(fanIn)));
        this.bias = bias ? param("bias", Tensor.zeros(fanOut)) : null;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x.matmul(weight);
        return bias == null ? y : y.add(bias);
    }

    @Override
    public String toString() {
        return "Linear(" + weight.size(0) + ", " + weight.size(1) + (bias == null ? ", no bias)" : ")");
    }
}
