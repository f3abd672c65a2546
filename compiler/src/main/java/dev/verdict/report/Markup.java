package dev.verdict.report;

/** Text escaped for XML and HTML reports. */
public final class Markup {

    private Markup() {
    }

    /**
     * {@code text} as character data or an attribute value: {@code & < > " '} as references,
     * and control characters XML 1.0 cannot carry (all below U+0020 but tab, newline and
     * carriage return) as U+FFFD.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> out.append(c < 0x20 ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
