package zerotohero.kit.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zerotohero.kit.Tensor;

/**
 * A piece of a network: a forward function plus the tensors it learns (parameters), the tensors it keeps
 * but does not learn (buffers, e.g. batch norm's running mean), and the modules it is built from.
 *
 * <p>A subclass registers what it owns in its constructor with {@link #param}, {@link #buffer} and
 * {@link #child}; the base class then finds every parameter of a whole model by walking the tree, names
 * them by their path ({@code "blocks.0.attn.weight"}), counts them, and switches the whole tree between
 * training and evaluation mode (batch norm and dropout behave differently in each).
 */
public abstract class Module {

    private final Map<String, Tensor> params = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** Computes this module's output. */
    public abstract Tensor forward(Tensor x);

    /** Registers a learned tensor (and marks it as wanting a gradient). */
    protected final Tensor param(String name, Tensor value) {
        params.put(name, value.requireGrad());
        return value;
    }

    /** Registers state that is saved with the model but not learned by gradient descent. */
    protected final Tensor buffer(String name, Tensor value) {
        buffers.put(name, value);
        return value;
    }

    /** Registers a sub-module. */
    protected final <M extends Module> M child(String name, M module) {
        children.put(name, module);
        return module;
    }

    /** Every parameter of this module and its descendants, by path, in registration order. */
    public final Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", out, true);
        return Collections.unmodifiableMap(out);
    }

    /** Every buffer of this module and its descendants, by path. */
    public final Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", out, false);
        return Collections.unmodifiableMap(out);
    }

    private void collect(String prefix, Map<String, Tensor> out, boolean parameters) {
        (parameters ? params : buffers).forEach((name, t) -> out.put(prefix + name, t));
        children.forEach((name, m) -> m.collect(prefix + name + ".", out, parameters));
    }

    public final List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** The number of learned numbers, e.g. 11,897 for makemore's MLP. */
    public final long parameterCount() {
        long n = 0;
        for (Tensor p : parameters()) {
            n += p.data().length();
        }
        return n;
    }

    /** Training mode (the default): batch statistics in batch norm, active dropout. */
    public final Module train() {
        setTraining(true);
        return this;
    }

    /** Evaluation mode: running statistics in batch norm, no dropout. */
    public final Module eval() {
        setTraining(false);
        return this;
    }

    private void setTraining(boolean on) {
        training = on;
        children.values().forEach(m -> m.setTraining(on));
    }

    public final boolean isTraining() {
        return training;
    }

    /** Converts every parameter and buffer to {@code type} in place, e.g. float64 for a gradient check. */
    public final Module to(org.nd4j.linalg.api.buffer.DataType type) {
        parameters().forEach(p -> p.convertTo(type));
        namedBuffers().values().forEach(b -> b.convertTo(type));
        return this;
    }

    /** Clears the gradient of every parameter. */
    public final void zeroGrad() {
        parameters().forEach(Tensor::zeroGrad);
    }
}
