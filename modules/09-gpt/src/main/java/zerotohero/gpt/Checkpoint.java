package zerotohero.gpt;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/**
 * A trained GPT saved as a safetensors file that the lecture's PyTorch model loads as it is: the
 * tensor names are its {@code state_dict} keys (the parameters, and each head's {@code tril} buffer), the
 * shapes are PyTorch's (a linear layer's weight is (out, in), the transpose of kit's (in, out)), and the
 * metadata holds the settings needed to rebuild the model (vocab_size, block_size, n_embd, n_head,
 * n_layer, dropout) plus the vocabulary itself ({@code chars}), so that sampling needs no dataset.
 *
 * <p>Loading checks everything before it copies a single number: a damaged file, or one whose settings
 * or tensors do not match the model, fails with a message that says which, and the model is left as it was.
 */
public final class Checkpoint {

    /** A model rebuilt from a file, its vocabulary, and every metadata entry. */
    public record Loaded(GPT model, String chars, Map<String, String> metadata) {}

    private Checkpoint() {
    }

    /** Saves the model, its vocabulary and any extra metadata (e.g. the step and the losses). */
    public static void save(GPT model, String chars, Map<String, String> extra, Path file) {
        if (chars.length() != model.config.vocabSize()) {
            throw new IllegalArgumentException("the vocabulary has " + chars.length() + " characters but the model "
                    + model.config.vocabSize() + " tokens");
        }
        Map<String, SafeTensors.Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : stateDict(model).entrySet()) {
            INDArray data = e.getValue().data();
            if (isLinearWeight(e.getKey(), e.getValue())) {
                data = data.transpose();
            }
            // row-major, as the format wants (a transposed view is copied in its new order)
            float[] numbers = Nd4j.toFlattened('c', data.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)).toFloatVector();
            tensors.put(e.getKey(), new SafeTensors.Tensor(data.shape(), numbers));
        }
        Map<String, String> meta = new LinkedHashMap<>(settings(model.config));
        meta.put("chars", chars);
        meta.putAll(extra);
        SafeTensors.write(file, tensors, meta);
    }

    /** Reads a checkpoint and builds the model its metadata describes. */
    public static Loaded load(Path file) {
        SafeTensors.Contents contents = SafeTensors.read(file);
        Map<String, String> meta = contents.metadata();
        Config config;
        try {
            config = new Config(number(meta, "vocab_size", file), number(meta, "block_size", file),
                    number(meta, "n_embd", file), number(meta, "n_head", file), number(meta, "n_layer", file),
                    Double.parseDouble(meta.getOrDefault("dropout", "0")));
        } catch (IllegalArgumentException e) {
            throw new SafeTensors.Invalid(file, "its settings do not describe a GPT: " + e.getMessage());
        }
        String chars = meta.get("chars");
        if (chars == null || chars.length() != config.vocabSize()) {
            throw new SafeTensors.Invalid(file, "the metadata's vocabulary (chars) is missing or does not have vocab_size "
                    + config.vocabSize() + " characters");
        }
        GPT model = new GPT(config);
        copy(contents, model, file);
        return new Loaded(model, chars, meta);
    }

    /**
     * Loads a checkpoint into an existing model, which must have the same settings (dropout may differ: it
     * does not change the shapes).
     */
    public static void loadInto(GPT model, Path file) {
        SafeTensors.Contents contents = SafeTensors.read(file);
        Map<String, String> expected = settings(model.config);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String found = contents.metadata().get(e.getKey());
            if (!e.getKey().equals("dropout") && !e.getValue().equals(found)) {
                throw new IllegalArgumentException("checkpoint " + file + " was saved with " + e.getKey() + " = " + found
                        + " but the model has " + e.getKey() + " = " + e.getValue()
                        + ": build the model with the checkpoint's settings (Checkpoint.load does)");
            }
        }
        copy(contents, model, file);
    }

    /** The model's parameters and buffers by their PyTorch names. */
    static Map<String, Tensor> stateDict(GPT model) {
        Map<String, Tensor> all = new LinkedHashMap<>(model.namedParameters());
        all.putAll(model.namedBuffers());
        return all;
    }

    /** Every matrix that is not an embedding table or a mask is a linear layer's weight. */
    static boolean isLinearWeight(String name, Tensor t) {
        return t.rank() == 2 && name.endsWith(".weight") && !name.contains("embedding_table");
    }

    static Map<String, String> settings(Config c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "pt");
        m.put("vocab_size", Integer.toString(c.vocabSize()));
        m.put("block_size", Integer.toString(c.blockSize()));
        m.put("n_embd", Integer.toString(c.nEmbd()));
        m.put("n_head", Integer.toString(c.nHead()));
        m.put("n_layer", Integer.toString(c.nLayer()));
        m.put("dropout", Double.toString(c.dropout()));
        return m;
    }

    private static int number(Map<String, String> meta, String key, Path file) {
        String v = meta.get(key);
        if (v == null) {
            throw new SafeTensors.Invalid(file, "the metadata has no " + key + ": was it written by this course's Checkpoint?");
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new SafeTensors.Invalid(file, "the metadata's " + key + " is not a whole number: " + v);
        }
    }

    /** Checks every name and shape first, then copies. */
    private static void copy(SafeTensors.Contents contents, GPT model, Path file) {
        Map<String, Tensor> state = stateDict(model);
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            SafeTensors.Tensor t = contents.tensors().get(e.getKey());
            if (t == null) {
                throw new IllegalArgumentException("checkpoint " + file + " has no tensor " + e.getKey()
                        + " that the model needs");
            }
            long[] shape = e.getValue().shape();
            long[] want = isLinearWeight(e.getKey(), e.getValue()) ? new long[] {shape[1], shape[0]} : shape;
            if (!Arrays.equals(t.shape(), want)) {
                throw new IllegalArgumentException("checkpoint " + file + ": tensor " + e.getKey() + " has shape "
                        + Arrays.toString(t.shape()) + " but the model needs " + Arrays.toString(want));
            }
        }
        for (String name : contents.tensors().keySet()) {
            if (!state.containsKey(name)) {
                throw new IllegalArgumentException("checkpoint " + file + " has a tensor " + name
                        + " that the model does not have");
            }
        }
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            SafeTensors.Tensor t = contents.tensors().get(e.getKey());
            INDArray values = Nd4j.createFromArray(t.data()).reshape(t.shape());
            if (isLinearWeight(e.getKey(), e.getValue())) {
                values = values.transpose();
            }
            e.getValue().data().assign(values.castTo(e.getValue().type()));
        }
    }
}
