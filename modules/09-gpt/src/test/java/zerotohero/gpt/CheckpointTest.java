package zerotohero.gpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import zerotohero.kit.Tensor;
import zerotohero.kit.Todo;

/** Not graded (the format is given): checkpoints are safetensors files the lecture's PyTorch model loads. */
@DisplayName("09 checkpoints: safetensors with the lecture's state_dict names, checked on load")
class CheckpointTest {

    @BeforeAll
    static void warmUp() {
        Fixtures.warmUp();
    }

    private static final String CHARS = "\n !$&',-.3:;?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static GPT model(long seed) {
        Tensor.manualSeed(seed);
        return new GPT(new Config(65, 8, 16, 2, 1, 0.0));
    }

    @Test
    @Timeout(10)
    @DisplayName("the names and shapes are the lecture's state_dict, with (out, in) linear weights")
    void names() {
        GPT m = model(1);
        Map<String, Tensor> sd = Checkpoint.stateDict(m);
        assertThat(sd.keySet()).containsExactlyInAnyOrder(
                "token_embedding_table.weight", "position_embedding_table.weight",
                "blocks.0.sa.heads.0.tril", "blocks.0.sa.heads.0.key.weight", "blocks.0.sa.heads.0.query.weight",
                "blocks.0.sa.heads.0.value.weight",
                "blocks.0.sa.heads.1.tril", "blocks.0.sa.heads.1.key.weight", "blocks.0.sa.heads.1.query.weight",
                "blocks.0.sa.heads.1.value.weight",
                "blocks.0.sa.proj.weight", "blocks.0.sa.proj.bias",
                "blocks.0.ffwd.net.0.weight", "blocks.0.ffwd.net.0.bias", "blocks.0.ffwd.net.2.weight",
                "blocks.0.ffwd.net.2.bias",
                "blocks.0.ln1.weight", "blocks.0.ln1.bias", "blocks.0.ln2.weight", "blocks.0.ln2.bias",
                "ln_f.weight", "ln_f.bias", "lm_head.weight", "lm_head.bias");
    }

    @Test
    @Timeout(10)
    @DisplayName("the file is safetensors: length, JSON header with F32 dtypes, shapes, offsets and the settings")
    void format(@TempDir Path dir) throws Exception {
        GPT m = model(2);
        Path file = dir.resolve("m.safetensors");
        Checkpoint.save(m, CHARS, Map.of("steps", "0"), file);
        byte[] bytes = Files.readAllBytes(file);
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(n % 8).as("the header is padded to a multiple of 8 bytes").isZero();
        String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        assertThat(header).contains("\"lm_head.weight\":{\"dtype\":\"F32\",\"shape\":[65,16]")
                .contains("\"blocks.0.ffwd.net.0.weight\":{\"dtype\":\"F32\",\"shape\":[64,16]")
                .contains("\"blocks.0.sa.heads.1.tril\":{\"dtype\":\"F32\",\"shape\":[8,8]")
                .contains("\"__metadata__\":{").contains("\"n_embd\":\"16\"").contains("\"block_size\":\"8\"");
        Object parsed = new SafeTensors.Json(header.strip()).document();
        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> entry = (Map<?, ?>) ((Map<?, ?>) parsed).get("lm_head.weight");
        List<?> offsets = (List<?>) entry.get("data_offsets");
        long begin = (Long) offsets.get(0);
        // PyTorch's lm_head.weight[1][0] is kit's weight[0][1]: the file holds the transpose
        float stored = ByteBuffer.wrap(bytes, (int) (8 + n + begin + 4 * 16), 4).order(ByteOrder.LITTLE_ENDIAN).getFloat();
        assertThat((double) stored).isEqualTo(m.lmHead.weight.data().getDouble(0, 1), org.assertj.core.data.Offset.offset(0.0));
        assertThat(Files.list(dir).toList()).as("no temporary file is left behind").containsExactly(file);
    }

    @Test
    @Timeout(10)
    @DisplayName("load rebuilds the model with the same numbers and the vocabulary")
    void roundTrip(@TempDir Path dir) {
        GPT m = model(3);
        Path file = dir.resolve("m.safetensors");
        Checkpoint.save(m, CHARS, Map.of("steps", "7"), file);
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        assertThat(loaded.chars()).isEqualTo(CHARS);
        assertThat(loaded.metadata()).containsEntry("steps", "7").containsEntry("n_layer", "1");
        Map<String, Tensor> a = Checkpoint.stateDict(m);
        Checkpoint.stateDict(loaded.model()).forEach((name, t) ->
                assertThat(Fixtures.maxDiff(t, a.get(name))).as(name).isZero());
        try {
            int[][] ids = {{1, 2, 3, 4}};
            assertThat(Fixtures.maxDiff(m.forward(LanguageModel.ids(ids)), loaded.model().forward(LanguageModel.ids(ids))))
                    .as("the same logits").isZero();
        } catch (Todo todo) {
            Assumptions.abort("exercise " + todo.exercise() + " is not done yet");
        }
    }

    @Test
    @Timeout(10)
    @DisplayName("a damaged or truncated file is refused with a reason, and the model is left as it was")
    void corrupted(@TempDir Path dir) throws Exception {
        GPT m = model(4);
        Path file = dir.resolve("m.safetensors");
        Checkpoint.save(m, CHARS, Map.of(), file);
        byte[] good = Files.readAllBytes(file);
        GPT target = model(5);
        double before = target.lmHead.weight.data().getDouble(0, 0);

        byte[] flipped = good.clone();
        flipped[flipped.length - 10] ^= 0x40;
        Files.write(file, flipped);
        assertThatThrownBy(() -> Checkpoint.loadInto(target, file)).isInstanceOf(SafeTensors.Invalid.class)
                .hasMessageContaining("checksum");

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 100));
        assertThatThrownBy(() -> Checkpoint.loadInto(target, file)).isInstanceOf(SafeTensors.Invalid.class)
                .hasMessageContaining("truncated");

        byte[] header = good.clone();
        header[8] = '#';                          // the header's opening brace
        Files.write(file, header);
        assertThatThrownBy(() -> Checkpoint.load(file)).isInstanceOf(SafeTensors.Invalid.class)
                .hasMessageContaining("JSON");

        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> Checkpoint.load(file)).isInstanceOf(SafeTensors.Invalid.class)
                .hasMessageContaining("fewer than the 8");
        assertThat(target.lmHead.weight.data().getDouble(0, 0)).as("the model is untouched").isEqualTo(before);
    }

    @Test
    @Timeout(10)
    @DisplayName("settings that do not match the model are refused by name")
    void mismatch(@TempDir Path dir) {
        Path file = dir.resolve("m.safetensors");
        Checkpoint.save(model(6), CHARS, Map.of(), file);
        Tensor.manualSeed(7);
        GPT wider = new GPT(new Config(65, 8, 32, 2, 1, 0.0));
        double before = wider.lmHead.weight.data().getDouble(0, 0);
        assertThatThrownBy(() -> Checkpoint.loadInto(wider, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n_embd = 16").hasMessageContaining("n_embd = 32");
        assertThat(wider.lmHead.weight.data().getDouble(0, 0)).isEqualTo(before);
        GPT withDropout = new GPT(new Config(65, 8, 16, 2, 1, 0.2));
        Checkpoint.loadInto(withDropout, file);   // dropout changes no shape
    }

    @Test
    @Timeout(10)
    @DisplayName("saving replaces an older file in one step")
    void replaces(@TempDir Path dir) {
        Path file = dir.resolve("m.safetensors");
        Checkpoint.save(model(8), CHARS, Map.of("steps", "1"), file);
        Checkpoint.save(model(9), CHARS, Map.of("steps", "2"), file);
        assertThat(Checkpoint.load(file).metadata()).containsEntry("steps", "2");
    }

    @Test
    @Timeout(10)
    @DisplayName("the committed baby GPT checkpoint loads (when present)")
    void committedCheckpoint() {
        Path file = Train.LESSON.dir().resolve("results/baby-gpt.safetensors");
        if (!Files.isRegularFile(file)) {
            return;                                    // not trained yet: nothing to check
        }
        Checkpoint.Loaded loaded = Checkpoint.load(file);
        assertThat(loaded.model().config).isEqualTo(Config.baby(65));
        assertThat(loaded.chars()).isEqualTo(CHARS);
    }
}
