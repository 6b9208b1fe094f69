package zerotohero.kit.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import zerotohero.kit.NativeSettingsExtension;
import zerotohero.kit.Tensor;

@ExtendWith(NativeSettingsExtension.class)
class CheckpointTest {

    @TempDir
    Path dir;

    static Sequential model(int hidden) {
        return new Sequential(new Linear(3, hidden), new BatchNorm1d(hidden), new Tanh(), new Linear(hidden, 2));
    }

    @Test
    void roundTripRestoresParametersAndBuffers() throws IOException {
        Tensor.manualSeed(1);
        Sequential a = model(4);
        a.forward(Tensor.randn(8, 3)); // moves the running statistics
        Path file = dir.resolve("model.zth");
        Checkpoint.save(a, file);
        Sequential b = model(4);
        Checkpoint.load(b, file);
        a.namedParameters().forEach((name, p) -> assertThat(b.namedParameters().get(name).data()).isEqualTo(p.data()));
        a.namedBuffers().forEach((name, p) -> assertThat(b.namedBuffers().get(name).data()).isEqualTo(p.data()));
        Checkpoint.save(b, file); // overwriting works
        Checkpoint.load(a.to(org.nd4j.linalg.api.buffer.DataType.DOUBLE), file);
    }

    @Test
    void aTruncatedFileIsRejectedAndTheModelIsUntouched() throws IOException {
        Path file = dir.resolve("model.zth");
        Checkpoint.save(model(4), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));
        Sequential target = model(4);
        INDArray before = target.parameters().get(0).data().dup();
        assertThatThrownBy(() -> Checkpoint.load(target, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated or corrupted");
        assertThat(target.parameters().get(0).data()).isEqualTo(before);
        Files.write(file, Arrays.copyOf(bytes, 10));
        assertThatThrownBy(() -> Checkpoint.load(target, file)).hasMessageContaining("truncated");
    }

    @Test
    void aFlippedByteIsCaughtByTheChecksum() throws IOException {
        Path file = dir.resolve("model.zth");
        Checkpoint.save(model(4), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertThatThrownBy(() -> Checkpoint.load(model(4), file)).hasMessageContaining("checksum mismatch");
    }

    @Test
    void wrongMagicOrVersionIsNamed() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a checkpoint at all, just some text");
        assertThatThrownBy(() -> Checkpoint.load(model(4), file)).hasMessageContaining("not a kit checkpoint");
        Checkpoint.save(model(4), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[Checkpoint.MAGIC.length + 3] = 9;
        Files.write(file, bytes);
        assertThatThrownBy(() -> Checkpoint.load(model(4), file)).hasMessageContaining("version 9");
    }

    @Test
    void aModelOfAnotherShapeIsRejectedWithTheNames() throws IOException {
        Path file = dir.resolve("model.zth");
        Checkpoint.save(model(4), file);
        Sequential other = model(5);
        INDArray before = other.parameters().get(0).data().dup();
        assertThatThrownBy(() -> Checkpoint.load(other, file))
                .hasMessageContaining("0.weight has shape [3, 4] in the file but [3, 5] in the model");
        assertThat(other.parameters().get(0).data()).isEqualTo(before);
        assertThatThrownBy(() -> Checkpoint.load(new Sequential(new Linear(3, 4)), file))
                .hasMessageContaining("unexpected 1.gamma");
        assertThatThrownBy(() -> Checkpoint.load(new Sequential(new Linear(3, 4), new BatchNorm1d(4), new Tanh(),
                new Linear(4, 2), new Linear(2, 2)), file)).hasMessageContaining("missing 4.weight");
    }
}
