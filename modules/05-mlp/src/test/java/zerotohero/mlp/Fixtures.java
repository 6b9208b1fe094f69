package zerotohero.mlp;

import java.util.List;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Datasets;
import zerotohero.kit.data.Vocabulary;

/** Shared test data: names.txt, its vocabulary, and small models with chosen weights. */
final class Fixtures {

    private static List<String> names;

    private Fixtures() {
    }

    static synchronized List<String> names() {
        if (names == null) {
            names = List.copyOf(Datasets.standard().lines("names.txt"));
        }
        return names;
    }

    static Vocabulary vocab() {
        return Vocabulary.ofWords(names());
    }

    /** A small model with seeded N(0, 1) weights. */
    static MLP seeded(MLP.Config config, long seed) {
        Tensor.manualSeed(seed);
        return new MLP(config);
    }

    /** A model whose logits are {@code bias} for every input: W2 is zero. */
    static MLP constantLogits(int blockSize, double[] bias) {
        MLP.Config c = new MLP.Config(bias.length, blockSize, 2, 4);
        Tensor.manualSeed(3);
        return new MLP(c, Tensor.randn(c.vocabSize(), c.nEmbd()), Tensor.randn((long) blockSize * c.nEmbd(), c.nHidden()),
                Tensor.randn(c.nHidden()), Tensor.zeros(c.nHidden(), c.vocabSize()), Tensor.of(bias));
    }

    /** The small parameters' values, for comparing two models. */
    static double[] flat(MLP model) {
        return model.parameters().stream().flatMapToDouble(p -> java.util.Arrays.stream(p.data().ravel().toDoubleVector()))
                .toArray();
    }
}
