package dev.verdict.spark;

/** Whether a text is a JSON number or boolean literal, to write it as one. */
final class JsonLiterals {

    private JsonLiterals() {
    }

    /** {@code true}, {@code false}, or a number as JSON writes it: {@code -12}, {@code 1.5e3}. */
    static boolean isLiteral(String text) {
        return text.equals("true") || text.equals("false") || isNumber(text);
    }

    private static boolean isNumber(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = digits(text, i);
        if (digits == 0 || (digits > 1 && text.charAt(i) == '0')) {
            return false;
        }
        i += digits;
        if (i < text.length() && text.charAt(i) == '.') {
            int fraction = digits(text, i + 1);
            if (fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == text.length();
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
