package zerotohero.autograd;

import org.nd4j.linalg.factory.Nd4j;

/** Test support: this module's arrays are tiny, and on tiny arrays ND4J's threads cost more than they save. */
final class SmallArrays {

    private SmallArrays() {
    }

    static void oneThread() {
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }
}
