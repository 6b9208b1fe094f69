package zerotohero.batchnorm;

/**
 * The lecture's log of fixes, each a way to initialise (and, for the last, to normalise) the same
 * network, with the losses the lecture reports after 200,000 steps.
 */
public enum Recipe {
    /** Every parameter N(0, 1): a first loss near 27 and a hockey-stick curve. */
    ORIGINAL(2.1245, 2.1682),
    /** Output layer ×0.01 and zero bias: the first loss is −ln(1/27). */
    FIX_SOFTMAX(2.07, 2.13),
    /** Also the hidden layer ×0.2 (bias ×0.01): fewer saturated tanh units. */
    FIX_TANH(2.0356, 2.1027),
    /** Hidden layer by Kaiming's rule, (5/3)/√30 instead of a hand-picked 0.2. */
    KAIMING(2.0377, 2.1070),
    /** Kaiming init, no hidden bias, a batch norm between the hidden layer and the tanh. */
    BATCH_NORM(2.0668, 2.1048);

    /** The lecture's train and validation losses. */
    public final double lectureTrain;
    public final double lectureVal;

    Recipe(double lectureTrain, double lectureVal) {
        this.lectureTrain = lectureTrain;
        this.lectureVal = lectureVal;
    }

    /** The lecture-style name, e.g. "batch-norm". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
