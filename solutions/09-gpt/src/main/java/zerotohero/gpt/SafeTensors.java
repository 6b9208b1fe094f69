package zerotohero.gpt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The safetensors file format (Hugging Face's, which PyTorch, JAX and most model hubs read), float32
 * only, in plain Java. A file is:
 * <ol>
 *   <li>8 bytes: the length N of the header, an unsigned little-endian integer;</li>
 *   <li>N bytes: a JSON object, padded with spaces to a multiple of 8. Each tensor's name maps to
 *       {@code {"dtype":"F32","shape":[…],"data_offsets":[begin,end]}}, and the optional key
 *       {@code __metadata__} maps to an object of string values (free text: here the model's settings);</li>
 *   <li>the numbers: every tensor's elements in row-major order, little-endian, at its offsets (counted
 *       from the end of the header), packed with no gaps.</li>
 * </ol>
 * Nothing in the format detects damaged numbers, so the writer also stores a CRC-32 of the data in the
 * metadata ({@code crc32}) and the reader checks it when present. Writing goes to a temporary file that is
 * moved over the target only once complete, so a failed save never destroys an older file.
 */
public final class SafeTensors {

    /** The metadata key holding the CRC-32 of the data section, in hexadecimal. */
    public static final String CHECKSUM = "crc32";

    /** One tensor: its shape and its numbers in row-major order. */
    public record Tensor(long[] shape, float[] data) {
        public Tensor {
            if (Arrays.stream(shape).reduce(1, (a, b) -> a * b) != data.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold "
                        + data.length + " numbers");
            }
        }
    }

    /** A file's tensors, in the order they are stored, and its metadata. */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {}

    /** A file that is not a valid safetensors file; the message says what is wrong with it. */
    public static final class Invalid extends RuntimeException {
        public Invalid(Path file, String problem) {
            super(file + " is not a valid safetensors file: " + problem);
        }
    }

    private SafeTensors() {
    }

    /** Writes the tensors (in map order) and the metadata, atomically. */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) {
        long dataBytes = 0;
        for (Tensor t : tensors.values()) {
            dataBytes += 4L * t.data().length;
        }
        ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(dataBytes)).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder json = new StringBuilder("{");
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            long begin = data.position();
            for (float f : e.getValue().data()) {
                data.putFloat(f);
            }
            json.append(Json.quote(e.getKey())).append(":{\"dtype\":\"F32\",\"shape\":[");
            long[] shape = e.getValue().shape();
            for (int i = 0; i < shape.length; i++) {
                json.append(i == 0 ? "" : ",").append(shape[i]);
            }
            json.append("],\"data_offsets\":[").append(begin).append(',').append(data.position()).append("]},");
        }
        CRC32 crc = new CRC32();
        crc.update(data.array());
        meta.put(CHECKSUM, Long.toHexString(crc.getValue()));
        json.append("\"__metadata__\":{");
        int i = 0;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            json.append(i++ == 0 ? "" : ",").append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
        }
        json.append("}}");
        while (json.toString().getBytes(StandardCharsets.UTF_8).length % 8 != 0) {
            json.append(' ');
        }
        byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                try (var out = Files.newOutputStream(tmp)) {
                    out.write(length.array());
                    out.write(header);
                    out.write(data.array());
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a whole file: header, every tensor's dtype, shape and offsets, sizes and checksum. */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e, e);
        }
        if (bytes.length < 8) {
            throw new Invalid(file, "it has " + bytes.length + " bytes, fewer than the 8 of the header length");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long n = buf.getLong(0);
        if (n <= 0 || n > bytes.length - 8) {
            throw new Invalid(file, "the header length says " + n + " bytes but the file has " + (bytes.length - 8)
                    + " after the length (truncated, or not a safetensors file)");
        }
        String headerText = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
        Object parsed;
        try {
            parsed = new Json(headerText).document();
        } catch (IllegalArgumentException e) {
            throw new Invalid(file, "the header is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> header)) {
            throw new Invalid(file, "the header is not a JSON object");
        }
        int dataStart = 8 + (int) n;
        long dataLength = bytes.length - dataStart;
        Map<String, String> metadata = new LinkedHashMap<>();
        record Span(String name, long begin, long end) {}
        List<Span> spans = new ArrayList<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : header.entrySet()) {
            String name = (String) e.getKey();
            if (name.equals("__metadata__")) {
                if (!(e.getValue() instanceof Map<?, ?> m)) {
                    throw new Invalid(file, "__metadata__ is not an object");
                }
                m.forEach((k, v) -> metadata.put((String) k, String.valueOf(v)));
                continue;
            }
            if (!(e.getValue() instanceof Map<?, ?> info)) {
                throw new Invalid(file, "the entry of tensor " + name + " is not an object");
            }
            if (!"F32".equals(info.get("dtype"))) {
                throw new Invalid(file, "tensor " + name + " has dtype " + info.get("dtype")
                        + "; this reader handles F32 (float32) only");
            }
            long[] shape = numbers(file, name, "shape", info.get("shape"), -1);
            long[] offsets = numbers(file, name, "data_offsets", info.get("data_offsets"), 2);
            long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            if (offsets[1] - offsets[0] != 4 * count) {
                throw new Invalid(file, "tensor " + name + " of shape " + Arrays.toString(shape) + " needs "
                        + 4 * count + " bytes but its data_offsets " + Arrays.toString(offsets) + " span "
                        + (offsets[1] - offsets[0]));
            }
            shapes.put(name, shape);
            spans.add(new Span(name, offsets[0], offsets[1]));
        }
        spans.sort((a, b) -> Long.compare(a.begin(), b.begin()));
        long expected = 0;
        for (Span s : spans) {
            if (s.begin() != expected) {
                throw new Invalid(file, "tensor " + s.name() + " starts at byte " + s.begin() + " of the data, expected "
                        + expected + " (tensors must be packed with no gaps or overlaps)");
            }
            expected = s.end();
        }
        if (expected != dataLength) {
            throw new Invalid(file, "the tensors hold " + expected + " bytes but the file has " + dataLength
                    + " after the header (truncated or extended)");
        }
        String checksum = metadata.get(CHECKSUM);
        if (checksum != null) {
            CRC32 crc = new CRC32();
            crc.update(bytes, dataStart, (int) dataLength);
            if (!Long.toHexString(crc.getValue()).equals(checksum)) {
                throw new Invalid(file, "the checksum of the numbers is " + Long.toHexString(crc.getValue())
                        + " but the header says " + checksum + ": the file was damaged or changed after it was written");
            }
        }
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Span s : spans) {
            float[] values = new float[(int) ((s.end() - s.begin()) / 4)];
            ByteBuffer.wrap(bytes, dataStart + (int) s.begin(), (int) (s.end() - s.begin()))
                    .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            tensors.put(s.name(), new Tensor(shapes.get(s.name()), values));
        }
        return new Contents(tensors, metadata);
    }

    private static long[] numbers(Path file, String tensor, String key, Object value, int length) {
        if (!(value instanceof List<?> list) || (length >= 0 && list.size() != length)) {
            throw new Invalid(file, "tensor " + tensor + " has no valid " + key + " (" + value + ")");
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long l) || l < 0) {
                throw new Invalid(file, "tensor " + tensor + " has a " + key + " entry that is not a count: " + list.get(i));
            }
            out[i] = l;
        }
        return out;
    }

    /** Just enough JSON for a safetensors header: objects, arrays, strings, integers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object document() {
            Object v = value();
            skip();
            if (i != s.length()) {
                throw error("unexpected text after the end");
            }
            return v;
        }

        private Object value() {
            skip();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (peek('}')) {
                    return m;
                }
                do {
                    skip();
                    String k = string();
                    skip();
                    expect(':');
                    m.put(k, value());
                    skip();
                } while (peek(','));
                expect('}');
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (peek(']')) {
                    return l;
                }
                do {
                    l.add(value());
                    skip();
                } while (peek(','));
                expect(']');
                return l;
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "-+0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String number = s.substring(start, i);
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException e) {
                try {
                    return Double.parseDouble(number);
                } catch (NumberFormatException e2) {
                    throw error("unexpected character '" + c + "'");
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    if (i >= s.length()) {
                        break;
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw error("a cut-off \\u escape");
                            }
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            expect('"');
            return out.toString();
        }

        static String quote(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + i);
        }
    }
}
