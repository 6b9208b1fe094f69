package zerotohero.autograd;

/** The settings the classifier's tests use (and the lesson quotes). */
final class ClassifierDefaults {

    static final long SEED = 7;
    static final double LR = 0.03;
    static final int STEPS = 100;

    private ClassifierDefaults() {
    }
}
