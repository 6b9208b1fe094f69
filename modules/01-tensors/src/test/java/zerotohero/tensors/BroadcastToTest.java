package zerotohero.tensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import zerotohero.grading.Exercise;

@Exercise("01.5")
@DisplayName("01.5 broadcasting as a view: stride 0")
class BroadcastToTest {

    @Test
    @DisplayName("(3) to (2,3): a new leading dimension with stride 0, sharing storage, equal to ND4J's broadcast")
    void newLeadingDimension() {
        float[] data = {1, 2, 3};
        StridedTensor b = StridedTensor.of(data, 3).broadcastTo(2, 3);
        assertThat(b.shape()).containsExactly(2, 3);
        assertThat(b.strides()).as("strides of (3) broadcast to (2,3)").containsExactly(0, 1);
        assertThat(b.toArray()).as("elements of the broadcast").containsExactly(1, 2, 3, 1, 2, 3);
        Oracle.assertSameElements("(3) broadcast to (2,3)", b, Oracle.nd(data, 3).broadcast(2, 3));
    }

    @Test
    @DisplayName("(3,1) to (2,3,4): sizes of 1 stretch with stride 0, other strides stay")
    void stretchOnes() {
        float[] data = {7, 8, 9};
        StridedTensor t = StridedTensor.of(data, 3, 1);
        StridedTensor b = t.broadcastTo(2, 3, 4);
        assertThat(b.strides()).as("strides of (3,1) broadcast to (2,3,4): a new or stretched dimension gets stride 0")
                .containsExactly(0, 1, 0);
        assertThat(b.sharesStorageWith(t)).isTrue();
        Oracle.assertSameElements("(3,1) broadcast to (2,3,4)", b, Oracle.nd(data, 1, 3, 1).broadcast(2, 3, 4));
        assertThat(b.isContiguous()).as("a broadcast view is not contiguous").isFalse();
        assertThat(b.contiguous().toArray()).hasSize(24);
    }

    @Test
    @DisplayName("a target that is not reachable by broadcasting is an error")
    void unreachableTarget() {
        StridedTensor t = StridedTensor.of(new float[6], 2, 3);
        assertThatThrownBy(() -> t.broadcastTo(3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 3]");
        assertThatThrownBy(() -> t.broadcastTo(3)).as("broadcasting cannot drop dimensions")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
