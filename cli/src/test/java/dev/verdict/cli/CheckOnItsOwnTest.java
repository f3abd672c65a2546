package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verdict check} on {@code .platform} and {@code .schema} files without a policy. */
class CheckOnItsOwnTest {

    @TempDir
    Path dir;

    /** Each diagnostic of a JSON report as {@code CODE LINE:COL}, in order. */
    private static List<String> found(Cli.Result result) throws IOException {
        List<String> codes = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(result.out()).get("diagnostics")) {
            codes.add(d.get("code").asText() + " " + d.get("line").asInt() + ":"
                    + d.get("column").asInt());
        }
        return codes;
    }

    private Cli.Result check(String name, String text) throws IOException {
        return Cli.run("check", "--format", "json", Cli.write(dir, name, text));
    }

    @Test
    void aProfileDefaultOutsideItsOwnLimitIsAnError() throws IOException {
        Cli.Result result = check("p.platform", """
                default return_window = 20d
                limit return_window in [14d, 30d, 45d, 90d]
                """);
        assertEquals(1, result.exit(), result.out());
        assertEquals(List.of("E0301 1:1"), found(result));
        assertTrue(result.out().contains("`return_window` = `20d` breaks the platform limit "
                + "`return_window in [14d, 30d, 45d, 90d]`"), result.out());
        Cli.Result allowed = check("q.platform", """
                default return_window = 30d
                limit return_window in [14d, 30d, 45d, 90d]
                limit return_window <= 7d where category = jewelry
                """);
        assertEquals(0, allowed.exit(), allowed.out());
        assertEquals(List.of(), found(allowed), "capped for jewelry: what the profile means");
    }

    @Test
    void aCapOnAnOutcomeOrFieldTheSchemaLacksIsAnError() throws IOException {
        Cli.Result result = check("p.platform", """
                limit approve_order.percent <= 50%
                forbid approve_refund where order.value > 10
                """);
        assertEquals(1, result.exit(), result.out());
        assertEquals(List.of("E0201 1:7", "E0201 2:29"), found(result));
    }

    @Test
    void aProfileIsCheckedAgainstTheSchemaItNames() throws IOException {
        Cli.Result shown = Cli.run("show", "profile", "tiktok_us_order_review");
        Cli.Result bundled = check("order.platform", shown.out());
        assertEquals(0, bundled.exit(), bundled.out());
        assertEquals(List.of(), found(bundled));
        Cli.Result wrong = check("wrong.platform", """
                schema order_review
                forbid approve_order where order.status = on_hold
                forbid approve_return_label where amount > 10
                """);
        assertEquals(1, wrong.exit(), wrong.out());
        assertEquals(List.of("E0204 3:8", "E0201 3:35"), found(wrong));
        Cli.Result unknown = check("typo.platform", "schema order_reviw\n");
        assertEquals(1, unknown.exit());
        assertEquals(List.of("E0601 1:8"), found(unknown));
    }

    @Test
    void theBundledSchemasAreClean() throws IOException {
        for (String name : Cli.run("show", "schema").out().split("\n")) {
            Cli.Result shown = Cli.run("show", "schema", name);
            assertEquals(0, shown.exit(), name);
            Cli.Result checked = check(name + ".schema", shown.out());
            assertEquals(0, checked.exit(), name + ": " + checked.out());
        }
    }

    @Test
    void aSchemaThatExtendsAMissingSchemaIsAnError() throws IOException {
        Cli.Result bundled = check("a.schema", "schema a extends nowhere \"A\"\n");
        assertEquals(1, bundled.exit());
        assertEquals(List.of("E0601 1:18"), found(bundled));
        Cli.Result file = check("b.schema", "schema b extends \"nowhere.schema\"\n");
        assertEquals(1, file.exit());
        assertTrue(file.out().contains("cannot read schema `nowhere.schema`: no such file"),
                file.out());
    }

    @Test
    void schemasThatExtendEachOtherAreAnError() throws IOException {
        Cli.write(dir, "b.schema", "schema b extends \"a.schema\"\ncurrency USD 2\n");
        Cli.Result result = check("a.schema", "schema a extends \"b.schema\"\ncurrency USD 2\n");
        assertEquals(1, result.exit());
        assertTrue(result.out().contains("\"code\":\"E0601\""), result.out());
        assertTrue(result.out().contains("schema `a.schema` extends itself"), result.out());
    }

    @Test
    void anApplicabilityConditionOnAnUnknownFieldIsAnError() throws IOException {
        Cli.Result result = check("s.schema", """
                schema s extends aftersale
                outcome hold_parcel when parcel.weight > 3 "hold the parcel"
                """);
        assertEquals(1, result.exit());
        assertEquals(List.of("E0201 2:26"), found(result), "one error, no E0607 after it");
    }

    @Test
    void aDuplicateDeclarationIsAnError() throws IOException {
        Cli.Result result = check("s.schema", """
                schema s extends aftersale
                field buyer.vip: bool "the CRM's VIP flag"
                field buyer.vip: bool "the VIP flag again"
                outcome manual_review "again"
                """);
        assertEquals(1, result.exit());
        assertEquals(List.of("E0603 3:7", "E0603 4:9"), found(result));
    }

    @Test
    void aCleanSchemaPassesAndDirectoriesIncludeSchemas() throws IOException {
        Cli.write(dir, "shop/s.schema",
                "schema s extends aftersale\nfield buyer.vip: bool \"vip\"\n");
        Cli.write(dir, "shop/broken.schema", "schema t\n");
        Cli.Result result = Cli.run("check", "--format", "json", dir.resolve("shop"));
        assertEquals(1, result.exit());
        assertEquals(List.of("E0607 1:1"), found(result), "only the broken one");
    }

    @Test
    void showPrintsABundledSchemaAndListsThem() {
        Cli.Result shown = Cli.run("show", "schema", "order_review");
        assertEquals(0, shown.exit());
        assertTrue(shown.out().contains("\nschema order_review \""), shown.out());
        assertEquals("aftersale\norder_review\ninterception\nreturn_routing\n",
                Cli.run("show", "schema").out());
        Cli.Result unknown = Cli.run("show", "schema", "order_reviw");
        assertEquals(2, unknown.exit());
        assertEquals("verdict: unknown bundled schema `order_reviw`; did you mean "
                + "`order_review`?\n", unknown.err());
    }
}
