package dev.verdict.schema;

import dev.verdict.ast.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A schema's reference tables in Markdown, as {@code docs/schemas.md} shows them; a test keeps
 * the doc in step with the bundled {@code .schema} files.
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
        for (Passthrough field : schema.passthrough()) {
            md.append("| `").append(field.path()).append("` | passthrough | ").append(field.doc())
                    .append(" |\n");
        }
        md.append("\n| setting | type | default | meaning |\n|---|---|---|---|\n");
        for (Setting setting : schema.settings()) {
            md.append("| `").append(setting.name()).append("` | ").append(typeText(setting.type()))
                    .append(" | ").append(setting.defaultValue() == null ? ""
                            : "`" + SourceText.operand(setting.defaultValue()) + "`")
                    .append(" | ").append(setting.doc()).append(" |\n");
        }
        Optional<Field> request = schema.requestField();
        md.append(request.map(f -> "\n| outcome | applies to `" + f.path() + "`")
                .orElse("\n| outcome | applies when")).append(" | refunds | meaning |\n")
                .append("|---|---|---|---|\n");
        for (OutcomeDef outcome : schema.outcomes()) {
            md.append("| `").append(outcome.name()).append(params(outcome.params())).append("` | ")
                    .append(applies(schema, outcome)).append(" | ")
                    .append(refunds(schema, outcome)).append(" | ").append(outcome.doc())
                    .append(paramValues(outcome.params())).append(" |\n");
        }
        lints(schema.lints(), md);
        md.append("\n| obligation | meaning |\n|---|---|\n");
        for (ObligationDef obligation : schema.obligations()) {
            md.append("| `").append(obligation.name()).append(params(obligation.params()))
                    .append("` | ")
                    .append(obligation.doc()).append(" |\n");
        }
        return md.toString();
    }

    /** The values of the request field the outcome applies to, else its condition as written. */
    private static String applies(Schema schema, OutcomeDef outcome) {
        if (schema.requestField().isPresent()) {
            return String.join(", ", schema.requestValues(outcome));
        }
        return outcome.appliesAlways() ? "always"
                : "`" + outcome.applies().condition() + "`";
    }

    /** The risk lints and the fallback, as a sentence each. */
    private static void lints(Lints lints, StringBuilder md) {
        md.append("\nWithout `otherwise`, a request no rule decides gets `")
                .append(lints.fallback()).append("`.");
        if (!lints.unboundedApprovals().isEmpty()) {
            md.append(" W0404 wants an upper bound on `").append(lints.boundedBy())
                    .append("` for ").append(names(lints.unboundedApprovals())).append(".");
        }
        if (!lints.velocityGuarded().isEmpty()) {
            md.append(" W0405 wants a condition on ").append(names(lints.velocityFields()))
                    .append(" before ").append(names(lints.velocityGuarded())).append(".");
        }
        md.append("\n");
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
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
