package dev.verdict.codegen;

import javax.lang.model.SourceVersion;

/**
 * Java names derived from names outside Java's control: policy file names, schema names and
 * field paths. Every result is a valid identifier whatever the input, made of ASCII letters,
 * digits and underscores only (file names are untrusted; generated files must stay portable).
 */
public final class JavaNames {

    private JavaNames() {
    }

    /**
     * The evaluator class name for a policy file: {@code returns.policy} gives
     * {@code ReturnsPolicy}, {@code summer-sale v2.policy} {@code SummerSaleV2Policy}; a name
     * with nothing usable, or starting with a digit, is prefixed with {@code Policy}.
     */
    public static String policyClass(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String words = upperCamel(dot > 0 ? base.substring(0, dot) : base);
        if (words.isEmpty() || Character.isDigit(words.charAt(0))) {
            return "Policy" + words;
        }
        return words.endsWith("Policy") ? words : words + "Policy";
    }

    /** The typed request class of a schema: {@code aftersale} gives {@code AftersaleRequest}. */
    public static String requestClass(String schemaName) {
        String words = upperCamel(schemaName);
        return words.isEmpty() || Character.isDigit(words.charAt(0))
                ? "Request" + words : words + "Request";
    }

    /** The outcome enum of a schema: {@code aftersale} gives {@code AftersaleOutcome}. */
    public static String outcomeClass(String schemaName) {
        String words = upperCamel(schemaName);
        return words.isEmpty() || Character.isDigit(words.charAt(0))
                ? "Outcome" + words : words + "Outcome";
    }

    /** A field path as a lower-camel identifier: {@code order.is_cod} → {@code orderIsCod}. */
    public static String lowerCamel(String path) {
        String words = upperCamel(path);
        if (words.isEmpty()) {
            return "field";
        }
        String name = Character.toLowerCase(words.charAt(0)) + words.substring(1);
        return Character.isDigit(name.charAt(0)) || !SourceVersion.isName(name) ? "_" + name : name;
    }

    /** An enum value as a constant name: {@code refund_only} → {@code REFUND_ONLY}. */
    public static String constant(String value) {
        StringBuilder name = new StringBuilder();
        for (char c : value.toCharArray()) {
            name.append(isAsciiLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        String result = name.toString();
        return result.isEmpty() || Character.isDigit(result.charAt(0))
                || !SourceVersion.isName(result)
                ? "_" + result : result;
    }

    /** Whether {@code name} is a valid, possibly qualified,
            Java package name ("" is the unnamed one). */
    public static boolean isPackageName(String name) {
        return name.isEmpty() || SourceVersion.isName(name);
    }

    private static String upperCamel(String text) {
        StringBuilder name = new StringBuilder();
        boolean startWord = true;
        for (char c : text.toCharArray()) {
            if (!isAsciiLetterOrDigit(c)) {
                startWord = true;
            } else {
                name.append(startWord ? Character.toUpperCase(c) : c);
                startWord = false;
            }
        }
        return name.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
