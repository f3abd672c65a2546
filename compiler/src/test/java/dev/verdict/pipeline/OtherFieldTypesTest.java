package dev.verdict.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verdict.diag.Code;
import dev.verdict.engine.Engine;
import dev.verdict.engine.Engines;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.testing.ShippingSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Strings, dates and timestamps from policy text to decisions, on the test schema
 * {@code shipping}: the checker, the interpreter and generated code agree, the analysis prints
 * examples with such literals, JSON requests are read exactly.
 */
class OtherFieldTypesTest {

    private static Compilation compile(String text) {
        return new Compiler(ShippingSchema.SCHEMA, new CompilerOptions(null, true))
                .compile("s.policy", text, null);
    }

    private static CheckedPolicy checked(String text) {
        Compilation compilation = compile(text);
        assertNotNull(compilation.policy(), () -> compilation.diagnostics().toString());
        return compilation.policy();
    }

    private static String diagnostics(String text) {
        return compile(text).diagnostics().stream().filter(d -> d.code() != Code.W0406)
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.code() + " "
                        + d.message() + (d.help() == null ? "" : " | " + d.help()))
                .collect(Collectors.joining("\n"));
    }

    /** The rule deciding {@code json}, by each engine (they must agree). */
    private static String decide(CheckedPolicy policy, Map<String, Object> json) {
        RequestReader reader = RequestFormat.of(policy).reader();
        String interpreted = null;
        for (Engine engine : Engine.values()) {
            Evaluator evaluator = Engines.create(policy, engine);
            String rule = String.valueOf(evaluator.decide(reader.read(json)).rule());
            if (interpreted != null) {
                assertEquals(interpreted, rule, "compiled and interpreted disagree");
            }
            interpreted = rule;
        }
        return interpreted;
    }

    private static Map<String, Object> request(Object... pairs) {
        Map<String, Object> json = new HashMap<>(Map.of("request", "return", "country", "US",
                "ship_by", "2026-11-20", "amount", "5.00", "parcels", 1));
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }

    @Test
    void stringsCompareByEqualityAndMembership() {
        CheckedPolicy policy = checked("""
                rule ups: when carrier = "ups" and amount < 50 then approve
                rule north_america: when country in ["US", "CA"] and carrier != "dhl"
                  and amount < 50 then approve
                """);
        assertEquals("ups", decide(policy, request("carrier", "ups")));
        assertEquals("north_america", decide(policy, request("carrier", "UPS")));
        assertEquals("null", decide(policy, request("carrier", "dhl")));
        assertEquals("null", decide(policy, request("country", "MX", "carrier", "fedex")));
        assertEquals("null", decide(policy, request()), "an absent carrier is unknown");
    }

    @Test
    void aTimestampBetweenDatesSpansWholeDaysInUtc() {
        CheckedPolicy policy = checked("""
                rule sale: when decided_at between 2026-11-27 and 2026-12-01 and amount < 50
                  then approve
                rule late: when ship_by < 2026-11-01 and amount < 50 then approve
                rule early: when shipped_at < 2026-11-20T09:00-05:00 and amount < 50 then approve
                """);
        assertEquals("sale", decide(policy, request("decided_at", "2026-11-27T00:00:00Z")));
        assertEquals("sale", decide(policy, request("decided_at", "2026-12-01T23:59:59.999Z")));
        assertEquals("null", decide(policy, request("decided_at", "2026-11-26T23:59:59.999Z")));
        assertEquals("null", decide(policy, request("decided_at", "2026-12-01T19:00-05:00")));
        assertEquals("late", decide(policy, request("ship_by", "2026-10-31")));
        assertEquals("early", decide(policy, request("shipped_at", "2026-11-20T13:59Z")));
        assertEquals("null", decide(policy, request("shipped_at", "2026-11-20T14:00Z")));
    }

    @Test
    void mistakesWithTheNewTypesAreExplained() {
        assertEquals("1:6 E0203 `<` does not apply to `carrier`, a string | compare a string "
                + "with `=`, `!=` or `in [...]`", diagnostics("when carrier < \"m\" then review"));
        assertEquals("1:16 E0203 `country` is a string, but `carrier` is not a string literal "
                + "| compare a string field with literals such as `\"ups\"`, or a written list "
                + "such as `[\"ups\", \"dhl\"]`",
                diagnostics("when country = carrier then review"));
        assertEquals("1:19 E0103 timestamp `2026-11-27T00:00` has no offset | write a timestamp "
                + "with its offset from UTC, such as `2026-11-27T00:00-05:00` or "
                + "`2026-11-27T05:00Z`",
                diagnostics("when decided_at < 2026-11-27T00:00 then review"));
        assertEquals("1:16 E0103 date `2026-02-30` does not exist | write a date as `yyyy-mm-dd`, "
                + "such as `2026-11-27`", diagnostics("when ship_by = 2026-02-30 then review"));
        assertEquals("1:16 E0203 `ship_by` is a date, but `2026-11-27T00:00Z` is a timestamp "
                + "| write a date such as `2026-11-27`",
                diagnostics("when ship_by < 2026-11-27T00:00Z then review"));
    }

    @Test
    void theAnalysisPrintsExamplesWithTheNewLiterals() {
        List<String> findings = compile("""
                rule a: when carrier = "ups" then review
                rule b: when carrier = "ups" and decided_at >= 2026-11-27 then review
                rule c: when carrier != "ups" and ship_by > 2026-12-24 then approve
                """).diagnostics().stream().filter(d -> d.code() != Code.W0406)
                .map(d -> d.code() + " " + d.help()).toList();
        assertEquals(List.of(
                "W0401 e.g. carrier = \"ups\", decided_at = 2026-11-27T00:00Z; it is decided "
                        + "by rule `a`; remove the rule or move it earlier",
                "W0404 e.g. carrier = \"other\", ship_by = 2026-12-25, amount = 1000.00; add "
                        + "an upper bound on `amount`"), findings);
    }

    @Test
    void jsonRequestsAreReadExactlyNamingTheField() {
        CheckedPolicy policy = checked("when decided_at > 2026-01-01 and ship_by > 2026-01-01 "
                + "and carrier = \"ups\" and amount < 5 then approve");
        RequestReader reader = RequestFormat.of(policy).reader();
        assertEquals("`ship_by` must be a date such as \"2026-11-27\", found \"2026-02-30\"",
                refused(reader, request("ship_by", "2026-02-30")));
        assertEquals("`decided_at` must be a timestamp with an offset such as "
                + "\"2026-11-27T09:30:00Z\" or \"2026-11-27T04:30-05:00\", found "
                + "\"2026-11-27T09:30\"",
                refused(reader, request("decided_at", "2026-11-27T09:30")));
        assertEquals("`decided_at` has digits below the millisecond, found "
                + "\"2026-11-27T09:30:00.0001Z\"",
                refused(reader, request("decided_at", "2026-11-27T09:30:00.0001Z")));
        assertEquals("`carrier` must be a string, found 7", refused(reader, request("carrier", 7)));
    }

    private static String refused(RequestReader reader, Map<String, Object> json) {
        return assertThrows(InvalidRequestException.class, () -> reader.read(json)).getMessage();
    }
}
