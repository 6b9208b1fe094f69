package zerotohero.kit.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.NoGrad;
import zerotohero.kit.Tensor;
import zerotohero.kit.optim.SGD;

/**
 * Ten thousand training steps must not leak: neither Java heap (graph nodes, closures) nor the native
 * memory behind ND4J's arrays, which is freed when the arrays' Java objects are collected.
 */
@ExtendWith(NativeSettingsExtension.class)
class SteadyMemoryTest {

    @Test
    void tenThousandStepsHoldSteadyMemory() throws InterruptedException {
        Tensor.manualSeed(5);
        Sequential mlp = new Sequential(new Linear(4, 16), new Tanh(), new Linear(16, 3));
        SGD sgd = new SGD(mlp.parameters(), 0.1);
        Tensor x = Tensor.randn(8, 4);
        int[] y = {0, 1, 2, 0, 1, 2, 0, 1};
        double first = 0;
        double last = 0;
        long heapEarly = 0;
        long nativeEarly = 0;
        for (int step = 1; step <= 10_000; step++) {
            Tensor loss = mlp.forward(x).crossEntropy(y);
            sgd.zeroGrad();
            loss.backward();
            sgd.step();
            if (step == 1) {
                first = loss.item();
            }
            if (step == 2_000) {
                heapEarly = settledHeap();
                nativeEarly = outsideHeap();
            }
            last = loss.item();
        }
        long heapGrowth = settledHeap() - heapEarly;
        long nativeGrowth = outsideHeap() - nativeEarly;
        assertThat(last).as("the network learns").isLessThan(first / 4);
        // A step's graph holds ~15 KB of Java objects: keeping every graph alive would add ~120 MB over
        // 8,000 steps. What is measured after GC wobbles by ~15 MB with ND4J's deallocation queue.
        assertThat(heapGrowth).as("heap growth after GC, bytes").isLessThan(40L << 20);
        // Leaking every step's native arrays would add ~240 MB; allocator and JIT noise stays well under 128 MB.
        assertThat(nativeGrowth).as("resident memory growth outside the Java heap, bytes").isLessThan(128L << 20);
        try (NoGrad scope = NoGrad.enter()) {
            assertThat(mlp.forward(x).requiresGrad()).isFalse();
        }
        assertThat(List.of(mlp.parameters().get(0).grad())).isNotNull();
    }

    /** Resident memory not counting the Java heap, whose capacity the collector grows and shrinks at will. */
    private static long outsideHeap() {
        return Pointer.physicalBytes() - Runtime.getRuntime().totalMemory();
    }

    private static long settledHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        // ND4J frees an array's native memory on its own threads, after GC has found the array unreachable;
        // their bookkeeping objects stay on the heap until then. Collect until the heap stops shrinking.
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 30; i++) {
            System.gc();
            Thread.sleep(100);
            long used = rt.totalMemory() - rt.freeMemory();
            if (used > least - (1 << 20) && i >= 3) {
                return Math.min(least, used);
            }
            least = Math.min(least, used);
        }
        return least;
    }
}
