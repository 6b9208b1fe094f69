package zerotohero.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import zerotohero.grading.Exercise;
import zerotohero.grading.Expect;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.data.Moons;
import zerotohero.kit.nn.Linear;

@Exercise("02.7")
@DisplayName("02.7 a binary classifier: sigmoid and binary cross-entropy on two moons")
class ClassifierTest {

    @BeforeAll
    static void oneThread() {
        SmallArrays.oneThread();
    }

    @Test
    @DisplayName("probabilities: the sigmoid of the network's logits, one per point, shape (n, 1)")
    void probabilities() {
        Classifier c = new Classifier(1);
        Tensor points = Tensor.of(new double[][] {{0, 0}, {1, 0.5}, {-1, 2}});
        Tensor p = c.probabilities(points);
        assertThat(p.shape()).as("shape of the probabilities of 3 points").containsExactly(3, 1);
        assertThat(new Classifier(1).probabilities(points).data().reshape(-1).toDoubleVector())
                .as("the probabilities of a second Classifier(1): the seed fixes the initial weights, so they are the same")
                .containsExactly(p.data().reshape(-1).toDoubleVector());
        try (NoGrad scope = NoGrad.enter()) {
            Tensor logits = c.model.forward(points);
            for (int i = 0; i < 3; i++) {
                double z = logits.data().getDouble(i, 0);
                Expect.close("probability of point " + i, p.data().getDouble(i, 0), 1 / (1 + Math.exp(-z)), 1e-6,
                        "p = σ(logit) = 1 / (1 + e^−logit), from the model's output.");
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("after 100 Adam steps: at least 97% right on the training moons and 95% on held-out ones")
    void learnsTheMoons() {
        Moons train = Moons.make(200, 0.1, 1);
        Moons validation = Moons.make(200, 0.1, 2);
        Classifier c = new Classifier(ClassifierDefaults.SEED);

        Classifier.History h = c.train(train, validation, ClassifierDefaults.STEPS, ClassifierDefaults.LR);

        assertThat(h.train()).as("training losses").hasSize(ClassifierDefaults.STEPS);
        assertThat(h.validation()).as("validation losses").hasSize(ClassifierDefaults.STEPS);
        Expect.close("training loss at the first step", h.train().get(0), Math.log(2), 0.2,
                "an untrained network says about ½ everywhere, and −log ½ ≈ 0.69: is the loss binary cross-entropy "
                        + "of the sigmoid's probabilities?");
        Expect.that(h.train().get(h.train().size() - 1) < 0.1, "final training loss "
                + h.train().get(h.train().size() - 1) + " is not below 0.1");
        Expect.that(h.validation().get(h.validation().size() - 1) < 0.15, "final validation loss "
                + h.validation().get(h.validation().size() - 1) + " is not below 0.15: measure it on the validation set");
        double trainAccuracy = c.accuracy(train);
        double validationAccuracy = c.accuracy(validation);
        String causes = " The reference classifies every point right (1.0 on both sets, losses 0.003 and 0.006)."
                + " Usual causes: accuracy compares the logit, not the probability, with ½, or counts p > ½ as"
                + " class 0; predict forgets the sigmoid; or training stops early (are all the steps taken?).";
        Expect.that(trainAccuracy >= 0.97, "training accuracy: expected at least 0.97, got " + trainAccuracy + "."
                + causes);
        Expect.that(validationAccuracy >= 0.95, "validation accuracy: expected at least 0.95, got "
                + validationAccuracy + "." + causes);
    }

    @Test
    @DisplayName("accuracy: the share of points whose probability is on their label's side of ½")
    void accuracyCountsRightAnswers() {
        Classifier c = new Classifier(1);
        Moons data = Moons.make(40, 0.2, 3);
        double[] p = c.predict(data.points());
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            right += (p[i] > 0.5 ? 1 : 0) == data.labels()[i] ? 1 : 0;
        }
        Expect.close("accuracy of an untrained network on 40 points", c.accuracy(data), right / 40.0, 1e-12,
                "class 1 when the probability is above ½, class 0 otherwise; divide by the number of points.");
    }

    @Test
    @DisplayName("accuracy: a probability of exactly ½ is not above ½, so it counts as class 0")
    void aTieIsClassZero() {
        Classifier c = new Classifier(1);
        Linear last = (Linear) c.model.layers().get(c.model.layers().size() - 1);
        last.weight.data().assign(0); // every logit is now 0, every probability σ(0) = ½ exactly
        last.bias.data().assign(0);
        Moons threeZerosAndAOne = new Moons(new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}, new int[] {0, 0, 0, 1});
        Expect.close("accuracy when every probability is ½, on labels 0, 0, 0, 1", c.accuracy(threeZerosAndAOne), 0.75,
                1e-12, "class 1 only when the probability is above ½ (p > 0.5): a tie at ½ is class 0, right for the"
                        + " three 0s.");
    }
}
