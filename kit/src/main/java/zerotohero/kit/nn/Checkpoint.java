package zerotohero.kit.nn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import zerotohero.kit.Tensor;

/**
 * Saves a model's parameters and buffers to a file, and loads them back into a model of the same shape.
 *
 * <p>The format is small and explicit (all numbers big-endian):
 * <pre>
 *   magic     8 bytes   "ZTHKIT\r\n" (the line break bytes catch text-mode mangling)
 *   version   int       1
 *   count     int       number of tensors
 *   count times:
 *     name    short length + UTF-8 bytes   e.g. "0.weight"
 *     type    byte      4 = float32, 8 = float64
 *     rank    byte, then rank longs: the shape
 *     data    the elements in row-major order
 *   checksum  long      CRC-32 of every byte before it
 * </pre>
 * Loading reads the whole file, checks magic, version, checksum and every name and shape against the
 * model, and only then copies numbers in: a bad file changes nothing. Saving writes to a temporary file
 * and renames it, so a crash mid-save leaves the old checkpoint intact.
 */
public final class Checkpoint {

    static final byte[] MAGIC = "ZTHKIT\r\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    private Checkpoint() {}

    /** Writes every parameter and buffer of {@code model} to {@code file}. */
    public static void save(Module model, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        Map<String, Tensor> state = state(model);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(state.size());
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            INDArray data = e.getValue().data();
            boolean doubles = data.dataType() == DataType.DOUBLE;
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeShort(name.length);
            out.write(name);
            out.writeByte(doubles ? 8 : 4);
            out.writeByte(data.rank());
            for (long s : data.shape()) {
                out.writeLong(s);
            }
            double[] values = data.ravel().toDoubleVector();
            for (double v : values) {
                if (doubles) {
                    out.writeDouble(v);
                } else {
                    out.writeFloat((float) v);
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        Files.write(temporary, bytes.toByteArray());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Loads {@code file} into {@code model}, whose parameters and buffers must have the same names and
     * shapes. Throws {@link IOException} naming the file and the problem; on any error the model is
     * unchanged.
     */
    public static void load(Module model, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int minimum = MAGIC.length + 4 + 4 + 8;
        if (bytes.length < minimum) {
            throw problem(file, "truncated: " + bytes.length + " bytes, shorter than any checkpoint");
        }
        if (!Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw problem(file, "not a kit checkpoint (wrong magic bytes at the start)");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != VERSION) {
            throw problem(file, "format version " + version + ", but this kit reads version " + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            throw problem(file, "checksum mismatch (stored " + Long.toHexString(stored) + ", computed "
                    + Long.toHexString(crc.getValue()) + "): the file is truncated or corrupted");
        }
        Map<String, INDArray> loaded = new LinkedHashMap<>();
        try {
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[in.getShort()];
                in.get(name);
                int width = in.get();
                long[] shape = new long[in.get()];
                long n = 1;
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.getLong();
                    n *= shape[d];
                }
                double[] values = new double[Math.toIntExact(n)];
                for (int k = 0; k < values.length; k++) {
                    values[k] = width == 8 ? in.getDouble() : in.getFloat();
                }
                loaded.put(new String(name, StandardCharsets.UTF_8), Nd4j.createFromArray(values).reshape(shape));
            }
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException e) {
            throw problem(file, "malformed contents (" + e + ")");
        }
        if (in.remaining() != 8) {
            throw problem(file, "malformed contents (" + (in.remaining() - 8) + " unexpected bytes at the end)");
        }
        Map<String, Tensor> state = state(model);
        List<String> errors = new ArrayList<>();
        for (String name : state.keySet()) {
            if (!loaded.containsKey(name)) {
                errors.add("missing " + name);
            } else if (!Arrays.equals(loaded.get(name).shape(), state.get(name).shape())) {
                errors.add(name + " has shape " + Arrays.toString(loaded.get(name).shape()) + " in the file but "
                        + Arrays.toString(state.get(name).shape()) + " in the model");
            }
        }
        for (String name : loaded.keySet()) {
            if (!state.containsKey(name)) {
                errors.add("unexpected " + name);
            }
        }
        if (!errors.isEmpty()) {
            throw problem(file, "does not fit this model: " + String.join("; ", errors));
        }
        state.forEach((name, t) -> t.data().assign(loaded.get(name).castTo(t.type())));
    }

    private static Map<String, Tensor> state(Module model) {
        Map<String, Tensor> state = new LinkedHashMap<>(model.namedParameters());
        state.putAll(model.namedBuffers());
        return state;
    }

    private static IOException problem(Path file, String what) {
        return new IOException("checkpoint " + file + ": " + what);
    }
}
