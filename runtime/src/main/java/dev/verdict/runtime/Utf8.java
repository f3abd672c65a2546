package dev.verdict.runtime;

/** Checks that bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
final class Utf8 {

    private Utf8() {
    }

    /** Whether {@code bytes[from, to)} is UTF-8 text; ASCII is checked on a fast path. */
    static boolean isValid(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] >= 0) {
            i++;
        }
        while (i < to) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            if (b < 0xc2 || b > 0xf4 || i + length > to) {
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            int low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
            int high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }
}
