package dev.verdict.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policies that name their schema ({@code schema NAME}, {@code schema "x.schema"}), schemas that
 * extend others, profiles for a schema, and the E06xx diagnostics of schema files.
 */
class SchemaFilesTest {

    private static Compilation compile(String text, boolean analyse) {
        return new Compiler(Schemas.aftersale(), new CompilerOptions(null, analyse))
                .compile("t.policy", text, Checked.folder());
    }

    private static List<String> diagnostics(Compilation compilation) {
        return compilation.diagnostics().stream().map(SchemaFilesTest::line).toList();
    }

    private static String line(Diagnostic d) {
        return d.file() + ":" + d.span().line() + ":" + d.span().column() + " " + d.code() + " "
                + d.message() + (d.help() == null ? "" : " | " + d.help());
    }

    private static SchemaReader.Result read(String text) {
        return Schemas.read("s.schema", text, Checked.folder().resolve("schemas"));
    }

    private static List<String> diagnostics(SchemaReader.Result result) {
        return result.diagnostics().stream().map(SchemaFilesTest::line).toList();
    }

    @Test
    void aPolicyWithoutASchemaLineUsesAftersale() {
        CheckedPolicy policy = Checked.policy("when reason = size then approve_return_label");
        assertEquals("aftersale", policy.schema().name());
    }

    @Test
    void aBundledSchemaIsNamedByName() {
        CheckedPolicy policy = Checked.policy("""
                schema order_review
                when order.has_buyer_note then hold_order(buyer_note)
                """);
        assertEquals("order_review", policy.schema().name());
        assertEquals(List.of("aftersale", "order_review", "interception", "return_routing"),
                Schemas.names());
    }

    @Test
    void anExtendingSchemaAddsFieldsValuesOutcomesAndSettings() {
        CheckedPolicy policy = Checked.policy("""
                schema "schemas/shop.schema"
                platform tiktok_us
                when buyer.refunds_30d >= 3 then manual_review
                when buyer.vip and amount < vip_limit and amount < 100 then vip_refund
                when category = gift_cards then reject(not_eligible)
                """);
        Schema shop = policy.schema();
        assertEquals(List.of("shop", "aftersale"), List.of(shop.name(), "aftersale"));
        assertTrue(shop.isOrExtends("aftersale"));
        assertEquals(23 + 2, shop.fields().size());
        assertEquals("gift_cards", shop.field("category").orElseThrow().type().values().get(28));
        assertEquals(15000, policy.settings().get(1).profileDefault().value());
        OutcomeDef vip = shop.outcome("vip_refund").orElseThrow();
        assertTrue(vip.applies().lowered() instanceof Expr.And);
        assertEquals(List.of("order_id"), shop.passthrough().stream().map(p -> p.path()).toList());
    }

    @Test
    void anOutcomeAppliesWhereItsConditionHoldsAndTheAnalysisKnowsIt() {
        Compilation compilation = compile("""
                schema "schemas/shop.schema"
                when request = return_and_refund and amount < 20 then vip_refund
                """, true);
        assertEquals(List.of("t.policy:2:1 E0208 `vip_refund` applies only when `buyer.vip = "
                + "true and request = refund_only`, which the condition never allows | choose "
                + "an outcome that applies here, or change the condition"),
                diagnostics(compilation).stream().filter(d -> d.contains("E0208")).toList());
        assertNull(compilation.policy());
    }

    @Test
    void otherwiseNeedsAnOutcomeThatAlwaysApplies() {
        Compilation compilation = compile("""
                schema "schemas/tiny_review.schema"
                otherwise release
                """, false);
        assertEquals(List.of("t.policy:2:11 E0208 `otherwise` decides every request, but "
                + "`release` applies only when `order.paid and not order.note` | "
                + "use an outcome for every request (`manual_review`, `reject(...)`), or make "
                + "this a rule"), diagnostics(compilation));
    }

    @Test
    void aProfileConstrainsItsSchemaAndThoseExtendingIt() {
        Compilation forOther = compile("""
                schema order_review
                platform tiktok_us
                when order.has_buyer_note then hold_order(buyer_note)
                """, false);
        assertEquals(List.of("t.policy:2:10 E0608 platform profile `tiktok_us` constrains schema "
                + "`aftersale`, but the policy uses schema `order_review` | name a profile "
                + "written for `order_review`, or remove the `platform` line"),
                diagnostics(forOther));
        Compilation own = compile("""
                schema "schemas/tiny_review.schema"
                platform "schemas/review.platform"
                when order.paid then release
                """, true);
        assertTrue(diagnostics(own).stream().anyMatch(d -> d.contains("E0303")),
                diagnostics(own).toString());
    }

    @Test
    void noProfileWarnsOnlyWhereABundledProfileExists() {
        assertEquals(List.of("t.policy:1:1 W0406 no platform profile: platform rules were not "
                        + "checked | add `platform tiktok_us_order_review` or pass `--platform`"),
                diagnostics(compile("schema order_review\notherwise manual_review\n", true)));
        assertEquals(List.of(),
                diagnostics(compile("schema interception\notherwise manual_review\n", true)));
    }

    @Test
    void anUnknownSchemaGetsADidYouMean() {
        assertEquals(List.of("t.policy:1:8 E0601 unknown schema `order_reviews` | did you mean "
                + "`order_review`?"), diagnostics(compile("schema order_reviews\n", false)));
        assertEquals(List.of("t.policy:1:8 E0601 cannot read schema `nope.schema`: no such file "
                        + "| a quoted name is a path relative to the file that names it"),
                diagnostics(compile("schema \"nope.schema\"\n", false)));
    }

    @Test
    void schemasThatExtendEachOtherAreRefused() {
        List<String> found = diagnostics(compile("schema \"schemas/loop_a.schema\"\n", false));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("E0601 schema `loop_a.schema` extends itself"),
                found.toString());
    }

    @Test
    void schemaDeclarationsBelongInSchemaFiles() {
        assertEquals(List.of("t.policy:1:1 E0211 `field` belongs in a `.schema` file | a policy "
                + "names its schema with `schema NAME` or `schema \"path.schema\"`"),
                diagnostics(compile("field x: bool\n", false)).stream()
                        .filter(d -> d.contains("E0211")).toList());
        assertEquals(List.of("s.schema:5:1 E0211 a rule belongs in a policy or platform profile, "
                        + "not a schema | a schema declares fields, enums, settings, outcomes, "
                        + "obligations and lints"),
                diagnostics(read(
                        "schema s\ncurrency USD 2\noutcome r\notherwise r\nwhen x then y\n")));
    }

    @Test
    void everySchemaCodeNamesItsProblem() {
        String base = "schema s\ncurrency USD 2\noutcome review\notherwise review\n";
        assertEquals(List.of("s.schema:5:10 E0602 unknown type `mony` | did you mean `money`?"),
                diagnostics(read(base + "field x: mony\n")));
        assertEquals(List.of("s.schema:6:7 E0603 duplicate field `x` | the first is at "
                + "s.schema:5"), diagnostics(read(base + "field x: bool\nfield x: int\n")));
        assertEquals(List.of("s.schema:5:10 E0604 only `int` takes a range, not `money` | "
                + "remove the range"), diagnostics(read(base + "field x: money 0..5\n")));
        assertEquals(List.of("s.schema:5:10 E0604 the range 9..1 is empty | write the lower "
                + "bound first: `int 1..9`"), diagnostics(read(base + "field x: int 9..1\n")));
        assertEquals(List.of("s.schema:6:22 E0605 outcome `pay`: its condition compares money "
                        + "with a literal | a schema has no currency: compare money fields with "
                        + "each other"),
                diagnostics(read(base + "field x: money\noutcome pay when x < 5\n")));
        assertEquals(List.of("s.schema:5:6 E0606 unknown lint `aprovals` | did you mean "
                + "`approvals`?"), diagnostics(read(base + "lint aprovals [review] by x\n")));
        assertEquals(List.of("s.schema:1:1 E0607 the schema declares no currency | add "
                + "`currency USD 2`"), diagnostics(read("schema s\noutcome r\notherwise r\n")));
        assertEquals(List.of("s.schema:1:1 E0607 the schema has no fallback outcome | add "
                        + "`otherwise manual_review`: the decision when no rule fires"),
                diagnostics(read("schema s\ncurrency USD 2\noutcome r\n")));
    }

    @Test
    void enumsOfBundledSchemasAreReusedByName() {
        Schema schema = read("schema s \"d\"\ncurrency USD 2\nfield c: aftersale.category\n"
                + "field r: enum [a, b]\noutcome review\notherwise review\n")
                .schema().orElseThrow();
        assertEquals(Schemas.aftersale().field("category").orElseThrow().type(),
                schema.field("c").orElseThrow().type());
        assertEquals(List.of("a", "b"), schema.field("r").orElseThrow().type().values());
        assertEquals("d", schema.doc());
    }
}
