package dev.verdict.lsp;

import java.util.List;
import java.util.Set;

/**
 * What may be written at the cursor, judged from the tokens before it (so it works on a file
 * that does not parse yet): a field, a value of a field's type, an outcome, an obligation, a
 * setting, a profile, a rule name, or a declaration keyword.
 */
record CompletionContext(Kind kind, String leftPath) {

    enum Kind { FIELD, VALUE, OUTCOME, OBLIGATION, SETTING, PROFILE, RULE, KEYWORD }

    private static final Set<String> CONDITION_STARTS =
            Set.of("when", "and", "or", "not", "(", "where", "given");
    private static final Set<String> OPERATORS = Set.of("=", "!=", "<", "<=", ">", ">=",
            "between");
    private static final Set<String> ACTION_STARTS = Set.of("then", "otherwise", "expect");
    private static final Set<String> CLAUSE_WORDS = Set.of("when", "where", "given", "rule",
            "test", "let", "set", "limit", "forbid", "guard", "default", "policy", "platform",
            "currency", "[", "]");

    static CompletionContext of(List<String> before) {
        if (before.isEmpty()) {
            return new CompletionContext(Kind.KEYWORD, null);
        }
        int last = before.size() - 1;
        String previous = before.get(last);
        switch (previous) {
            case "platform":
                return new CompletionContext(Kind.PROFILE, null);
            case "set", "default", "limit":
                return new CompletionContext(Kind.SETTING, null);
            case "by":
                return new CompletionContext(Kind.RULE, null);
            case "forbid":
                return new CompletionContext(Kind.OUTCOME, null);
            default:
                break;
        }
        if (ACTION_STARTS.contains(previous)) {
            return new CompletionContext(Kind.OUTCOME, null);
        }
        if (previous.equals("and") && last >= 2 && before.get(last - 2).equals("between")) {
            return new CompletionContext(Kind.VALUE, pathEndingAt(before, last - 3));
        }
        if (CONDITION_STARTS.contains(previous)) {
            return new CompletionContext(Kind.FIELD, null);
        }
        if (OPERATORS.contains(previous)) {
            return new CompletionContext(Kind.VALUE, pathEndingAt(before, last - 1));
        }
        if (previous.equals("in")) {
            int path = before.get(last - 1).equals("not") ? last - 2 : last - 1;
            return new CompletionContext(Kind.VALUE, pathEndingAt(before, path));
        }
        if (previous.equals("[") || previous.equals(",")) {
            return afterComma(before, last);
        }
        return new CompletionContext(Kind.KEYWORD, null);
    }

    /** After {@code [} or {@code ,}: a list item, an obligation, or a test assignment. */
    private static CompletionContext afterComma(List<String> before, int last) {
        for (int i = last; i >= 0; i--) {
            String token = before.get(i);
            if (token.equals("[")) {
                int in = i - 1;
                return in >= 1 && before.get(in).equals("in")
                        ? new CompletionContext(Kind.VALUE, pathEndingAt(before,
                                before.get(in - 1).equals("not") ? in - 2 : in - 1))
                        : new CompletionContext(Kind.VALUE, null);
            }
            if (ACTION_STARTS.contains(token)) {
                return new CompletionContext(Kind.OBLIGATION, null);
            }
            if (token.equals("given") || token.equals(":") || token.equals("defaults")) {
                return new CompletionContext(Kind.FIELD, null);
            }
            if (token.equals("]") || CLAUSE_WORDS.contains(token)) {
                break;
            }
        }
        return new CompletionContext(Kind.KEYWORD, null);
    }

    /** The dotted name whose last identifier is at {@code end}, or null. */
    private static String pathEndingAt(List<String> tokens, int end) {
        if (end < 0 || !isWord(tokens.get(end))) {
            return null;
        }
        int first = end;
        while (first >= 2 && tokens.get(first - 1).equals(".") && isWord(tokens.get(first - 2))) {
            first -= 2;
        }
        return String.join("", tokens.subList(first, end + 1));
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
    }
}
