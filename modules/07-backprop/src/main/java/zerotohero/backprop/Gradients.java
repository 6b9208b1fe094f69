package zerotohero.backprop;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The 26 gradients of exercise 07.1, one field per tensor of the {@link Forward} pass, named {@code d}
 * + the tensor's name: {@code dprobs} is ∂loss/∂probs and has the shape of {@code probs}. They are
 * fields to fill in one after the other, in {@link #ORDER}, because that is how the exercise goes: each
 * gradient is computed from the ones before it. A field left null has not been computed yet.
 */
public final class Gradients {

    /** The order of the backward pass: from the loss back to the embedding table. */
    public static final List<String> ORDER = List.of("dlogprobs", "dprobs", "dcountsSumInv", "dcountsSum", "dcounts",
            "dnormLogits", "dlogitMaxes", "dlogits", "dh", "dW2", "db2", "dhpreact", "dbngain", "dbnbias", "dbnraw",
            "dbnvarInv", "dbnvar", "dbndiff2", "dbndiff", "dbnmeani", "dhprebn", "dembcat", "dW1", "db1", "demb", "dC");

    public INDArray dlogprobs;
    public INDArray dprobs;
    public INDArray dcountsSumInv;
    public INDArray dcountsSum;
    public INDArray dcounts;
    public INDArray dnormLogits;
    public INDArray dlogitMaxes;
    public INDArray dlogits;
    public INDArray dh;
    public INDArray dW2;
    public INDArray db2;
    public INDArray dhpreact;
    public INDArray dbngain;
    public INDArray dbnbias;
    public INDArray dbnraw;
    public INDArray dbnvarInv;
    public INDArray dbnvar;
    public INDArray dbndiff2;
    public INDArray dbndiff;
    public INDArray dbnmeani;
    public INDArray dhprebn;
    public INDArray dembcat;
    public INDArray dW1;
    public INDArray db1;
    public INDArray demb;
    public INDArray dC;

    /** The gradient called {@code name} (one of {@link #ORDER}), or null if it has not been set. */
    public INDArray get(String name) {
        return switch (name) {
            case "dlogprobs" -> dlogprobs;
            case "dprobs" -> dprobs;
            case "dcountsSumInv" -> dcountsSumInv;
            case "dcountsSum" -> dcountsSum;
            case "dcounts" -> dcounts;
            case "dnormLogits" -> dnormLogits;
            case "dlogitMaxes" -> dlogitMaxes;
            case "dlogits" -> dlogits;
            case "dh" -> dh;
            case "dW2" -> dW2;
            case "db2" -> db2;
            case "dhpreact" -> dhpreact;
            case "dbngain" -> dbngain;
            case "dbnbias" -> dbnbias;
            case "dbnraw" -> dbnraw;
            case "dbnvarInv" -> dbnvarInv;
            case "dbnvar" -> dbnvar;
            case "dbndiff2" -> dbndiff2;
            case "dbndiff" -> dbndiff;
            case "dbnmeani" -> dbnmeani;
            case "dhprebn" -> dhprebn;
            case "dembcat" -> dembcat;
            case "dW1" -> dW1;
            case "db1" -> db1;
            case "demb" -> demb;
            case "dC" -> dC;
            default -> throw new IllegalArgumentException("no gradient called " + name + "; the names are " + ORDER);
        };
    }
}
