package zerotohero.autograd;

/** The settings the adder's tests use (and the lesson quotes). */
final class AdderDefaults {

    static final long SEED = 42;
    static final double ONE_LR = 0.01;
    static final int ONE_STEPS = 100;
    static final double MANY_LR = 0.015;
    static final int MANY_STEPS = 120;

    private AdderDefaults() {
    }
}
