package dev.verdict.schema;

import java.util.stream.Collectors;

/**
 * The schema's reference tables in Markdown, as {@code docs/language.md} shows them; a test
 * keeps the doc in step with the schema data file.
 */
public final class SchemaMarkdown {

    private SchemaMarkdown() {
    }

    public static String render(Schema schema) {
        StringBuilder md = new StringBuilder();
        md.append("| field | type | notes |\n|---|---|---|\n");
        for (Field field : schema.fields()) {
            md.append("| `").append(field.path()).append("` | ").append(typeText(field.type()))
                    .append(field.optional() ? ", optional" : "").append(" | ").append(field.doc())
                            .append(" |\n");
        }
        md.append("\n| setting | type | meaning |\n|---|---|---|\n");
        for (Setting setting : schema.settings()) {
            md.append("| `").append(setting.name()).append("` | ").append(typeText(setting.type()))
                    .append(" | ").append(setting.doc()).append(" |\n");
        }
        md.append("\n| outcome | applies to `").append(schema.requestField().path())
                .append("` | refunds | meaning |\n|---|---|---|---|\n");
        for (OutcomeDef outcome : schema.outcomes()) {
            md.append("| `").append(outcome.name()).append(params(outcome.params())).append("` | ")
                    .append(String.join(", ", outcome.appliesTo())).append(" | ")
                    .append(refunds(schema, outcome)).append(" | ").append(outcome.doc())
                    .append(paramValues(outcome.params())).append(" |\n");
        }
        md.append("\n| obligation | meaning |\n|---|---|\n");
        for (ObligationDef obligation : schema.obligations()) {
            md.append("| `").append(obligation.name()).append(params(obligation.params()))
                    .append("` | ")
                    .append(obligation.doc()).append(" |\n");
        }
        return md.toString();
    }

    /** What the outcome pays back: {@code `amount`}, {@code PERCENT of `amount`}, or nothing. */
    private static String refunds(Schema schema, OutcomeDef outcome) {
        String amount = schema.amountField().map(f -> "`" + f.path() + "`").orElse("");
        return switch (outcome.refunds()) {
            case NONE -> "";
            case AMOUNT -> amount;
            case PERCENT_OF_AMOUNT -> outcome.params().stream()
                    .filter(p -> p.type().kind() == Kind.PERCENT)
                    .map(p -> p.name().toUpperCase(java.util.Locale.ROOT) + " of " + amount)
                    .collect(Collectors.joining());
        };
    }

    private static String typeText(Type type) {
        return switch (type.kind()) {
            case ENUM -> "enum " + String.join(", ", type.values());
            case INT -> "int " + (type.min() == Long.MIN_VALUE ? "" : Long.toString(type.min()))
                    + ".."
                    + (type.max() == Long.MAX_VALUE ? "" : Long.toString(type.max()));
            default -> type.kind().word();
        };
    }

    private static String params(java.util.List<Param> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.stream().map(p -> p.name().toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String paramValues(java.util.List<Param> params) {
        return params.stream().filter(p -> p.type().kind() == Kind.ENUM)
                .map(p -> "; " + p.name().toUpperCase(java.util.Locale.ROOT) + " one of `"
                        + String.join("` `", p.type().values()) + "`")
                .collect(Collectors.joining());
    }
}
