package zerotohero.gpt;

import zerotohero.kit.Tensor;
import zerotohero.kit.nn.Dropout;
import zerotohero.kit.nn.Linear;
import zerotohero.kit.nn.Module;
import zerotohero.kit.nn.ReLU;
import zerotohero.kit.nn.Sequential;

/**
 * After the tokens have exchanged information (attention), each one thinks about what it gathered, on
 * its own: a two-layer network applied to every position separately, 4× wider inside (as in "Attention
 * Is All You Need": 512 → 2048 → 512), with a ReLU, then dropout. The layers are {@code net.0} and
 * {@code net.2}, as in the lecture's {@code nn.Sequential}.
 */
public final class FeedForward extends Module {

    final Sequential net;

    public FeedForward(int nEmbd, double dropout) {
        this.net = child("net", new Sequential(
                new Linear(nEmbd, 4 * nEmbd), new ReLU(), new Linear(4 * nEmbd, nEmbd), new Dropout(dropout)));
    }

    /** Exercise 09.6: x (B, T, C) through {@link #net}. */
    @Override
    public Tensor forward(Tensor x) {
        return net.forward(x);
    }
}
