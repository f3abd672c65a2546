package dev.verdict.runtime;

import java.util.Map;

/**
 * Names to numbers, looked up by any {@link CharSequence} without allocating: open addressing
 * on {@link String#hashCode()}'s hash. Immutable.
 */
final class NameTable {

    /** What {@link #find(CharSequence)} returns for a name not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final String[] names;
    private final int[] numbers;
    private final int mask;

    NameTable(Map<String, Integer> numbersByName) {
        int capacity = Integer.highestOneBit(Math.max(4, numbersByName.size() * 3)) * 2;
        names = new String[capacity];
        numbers = new int[capacity];
        mask = capacity - 1;
        numbersByName.forEach((name, number) -> {
            int slot = name.hashCode() & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name;
            numbers[slot] = number;
        });
    }

    /** The number of {@code name}, or {@link #ABSENT}. */
    int find(CharSequence name) {
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            hash = 31 * hash + name.charAt(i);
        }
        for (int slot = hash & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (equal(names[slot], name)) {
                return numbers[slot];
            }
        }
        return ABSENT;
    }

    private static boolean equal(String name, CharSequence other) {
        if (name.length() != other.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != other.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
