package zerotohero.tokenizer;

import java.util.Arrays;

/** A growable list of ids without boxing each one into an Integer. */
final class IdList {

    private int[] ids;
    private int size;

    IdList(int capacity) {
        ids = new int[Math.max(capacity, 8)];
    }

    void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    void addAll(int[] more) {
        if (size + more.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, ids, size, more.length);
        size += more.length;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return ids[i];
    }

    int[] toArray() {
        return Arrays.copyOf(ids, size);
    }
}
