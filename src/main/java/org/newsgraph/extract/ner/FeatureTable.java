package org.newsgraph.extract.ner;

import java.util.Arrays;

/**
 * Feature hashes to dense row numbers (open addressing, no boxing): rows are given in the order
 * keys are added. Not thread-safe while adding; reading a filled table is.
 */
public final class FeatureTable {

    private long[] slots;
    private int[] rows;
    private long[] keys;
    private int size;

    public FeatureTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        rows = new int[cap];
        Arrays.fill(rows, -1);
        keys = new long[Math.max(16, expected)];
    }

    /** The row of {@code key}, or -1. */
    public int get(long key) {
        int mask = slots.length - 1;
        for (int i = (int) key & mask; ; i = (i + 1) & mask) {
            int r = rows[i];
            if (r < 0) {
                return -1;
            }
            if (slots[i] == key) {
                return r;
            }
        }
    }

    /** The row of {@code key}, added as the next row when new. */
    public int add(long key) {
        int mask = slots.length - 1;
        int i = (int) key & mask;
        for (; rows[i] >= 0; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return rows[i];
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        slots[i] = key;
        rows[i] = size;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    public int size() {
        return size;
    }

    /** The keys by row. */
    public long[] keys() {
        return Arrays.copyOf(keys, size);
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldRows = rows;
        slots = new long[oldSlots.length * 2];
        rows = new int[oldSlots.length * 2];
        Arrays.fill(rows, -1);
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldRows[k] >= 0) {
                int i = (int) oldSlots[k] & mask;
                while (rows[i] >= 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[k];
                rows[i] = oldRows[k];
            }
        }
    }
}
