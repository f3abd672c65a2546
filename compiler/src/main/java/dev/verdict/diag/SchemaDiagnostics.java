package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.List;

/**
 * The diagnostics of {@code .schema} files and of schema references (E06xx), one factory per
 * problem: each message is written here once. Each returns a diagnostic without a file; the
 * checker's reporter attaches it.
 */
public final class SchemaDiagnostics {

    private SchemaDiagnostics() {
    }

    /** E0601: a {@code schema} or {@code extends} names a bundled schema that does not exist. */
    public static Diagnostic unknownSchema(Span span, String name,
                                           List<String> bundled) {
        String help = Suggestions.didYouMean(name, bundled);
        return Code.E0601.of(span, "unknown schema `" + name + "`").withHelp(help != null
                ? help : "bundled schemas: " + quoted(bundled)
                        + "; a schema of your own is named by its path in quotes");
    }

    /** E0601: a schema file named by its path cannot be read. */
    public static Diagnostic unreadableSchema(Span span, String path, String why) {
        return Code.E0601.of(span, "cannot read schema `" + path + "`: " + why)
                .withHelp("a quoted name is a path relative to the file that names it");
    }

    /** E0601: schemas that extend each other in a circle. */
    public static Diagnostic cyclicSchema(Span span, String name) {
        return Code.E0601.of(span, "schema `" + name + "` extends itself")
                .withHelp("a schema extends a schema that does not extend it back");
    }

    /** E0602: a type name that is neither built in nor an enum of the schema. */
    public static Diagnostic unknownType(Span span, String name, List<String> known) {
        String help = Suggestions.didYouMean(name, known);
        return Code.E0602.of(span, "unknown type `" + name + "`").withHelp(help != null
                ? help : "types: " + quoted(known) + ", or `enum [a, b]`");
    }

    /** E0602: {@code enum NAME += [...]} for an enum that is not declared. */
    public static Diagnostic unknownEnum(Span span, String name) {
        return Code.E0602.of(span, "unknown enum `" + name + "`")
                .withHelp("declare it with `enum " + name + " = [...]`");
    }

    /** E0603: a name declared twice ({@code what}: "field", "outcome", "value of `reason`"). */
    public static Diagnostic duplicate(Span span, String what, String name,
                                       String firstFile, int firstLine) {
        return Code.E0603.of(span, "duplicate " + what + " `" + name + "`")
                .withHelp("the first is at " + firstFile + ":" + firstLine);
    }

    /** E0603: an enum value listed twice, or already a value of the enum extended. */
    public static Diagnostic duplicateValue(Span span, String enumName,
                                            String value) {
        String of = enumName == null ? "the enum" : "`" + enumName + "`";
        return Code.E0603.of(span, "`" + value + "` is already a value of " + of)
                .withHelp("remove it");
    }

    /** E0604: a type written in a way that has no meaning. */
    public static Diagnostic malformedType(Span span, String problem, String help) {
        return Code.E0604.of(span, problem).withHelp(help);
    }

    /** E0605: an outcome declaration that cannot be used as written. */
    public static Diagnostic invalidOutcome(Span span, String outcome,
                                            String problem, String help) {
        return Code.E0605.of(span, "outcome `" + outcome + "`: " + problem).withHelp(help);
    }

    /** E0606: a {@code lint} line that cannot be used as written. */
    public static Diagnostic invalidLint(Span span, String problem, String help) {
        return Code.E0606.of(span, problem).withHelp(help);
    }

    /** E0607: something every schema needs is missing. */
    public static Diagnostic incomplete(Span span, String problem, String help) {
        return Code.E0607.of(span, problem).withHelp(help);
    }

    /** E0608: the policy's platform profile constrains a schema the policy does not use. */
    public static Diagnostic profileForOtherSchema(Span span, String profile,
                                                   String profileSchema, String policySchema) {
        return Code.E0608.of(span, "platform profile `" + profile + "` constrains schema `"
                        + profileSchema + "`, but the policy uses schema `" + policySchema + "`")
                .withHelp("name a profile written for `" + policySchema
                        + "`, or remove the `platform` line");
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }

    /** E0203: a setting's default that is not of its type. */
    public static Diagnostic defaultOfWrongType(Span span, String setting, String typeWord) {
        return Code.E0203.of(span, "the default of `" + setting + "` is not " + typeWord)
                .withHelp("write a " + typeWord + " value");
    }

    /** E0211: {@code what} ("a rule", "`when`") in a {@code .schema} file. */
    public static Diagnostic policyPartInSchema(Span span, String what) {
        return Code.E0211.of(span, what + " belongs in a policy or platform profile, not a schema",
                "a schema declares fields, enums, settings, outcomes, obligations and lints");
    }

    /** E0211: a schema declaration ({@code what}) in a policy or profile. */
    public static Diagnostic schemaPartOutsideSchema(Span span, String what) {
        return Code.E0211.of(span, what + " belongs in a `.schema` file",
                "a policy names its schema with `schema NAME` or `schema \"path.schema\"`");
    }

    /** E0211: a {@code .schema} file naming itself with a quoted path. */
    public static Diagnostic quotedSchemaName(Span span) {
        return Code.E0211.of(span, "a schema names itself with an identifier",
                "write `schema my_shop`");
    }

    /** E0211: {@code extends} or a description on a policy's or profile's schema line. */
    public static Diagnostic schemaFormOutsideSchema(Span span, String name) {
        return Code.E0211.of(span, "only a `.schema` file extends or describes a schema",
                "write `schema " + name + "`");
    }
}
