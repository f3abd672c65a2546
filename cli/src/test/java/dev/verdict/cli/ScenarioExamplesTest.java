package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario examples ({@code examples/scenarios/}): each bundled schema's example is clean,
 * passes its tests, and decides alike with the generated evaluator and the interpreter; Black
 * Friday's sale period, by the request's timestamp {@code decided_at}, among them.
 */
class ScenarioExamplesTest {

    private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");

    @Test
    void everyExampleIsCleanAndPassesItsTests() {
        Cli.Result check = Cli.run("check", Path.of("..", "examples"));
        assertEquals(0, check.exit(), check.err() + check.out());
        assertEquals("", check.out());
        Cli.Result test = Cli.run("test", SCENARIOS);
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().endsWith("36 passed, 0 failed\n"), test.out());
    }

    @ParameterizedTest
    @CsvSource({
        "order_review/order_review.policy, order_review, approve_order hold_order manual_review"
                + " hold_order hold_order",
        "interception/interception.policy, interception, intercept_package"
                + " ask_buyer_refuse_delivery ask_buyer_refuse_delivery refund_without_return"
                + " reject",
        "warehouse_routing/warehouse_routing.policy, return_routing, route_to route_to route_to"
                + " keep_item",
        "own_signals/vip.policy, aftersale, approve_refund manual_review approve_return_label"
                + " reject",
        "black_friday/black_friday.policy, aftersale, approve_refund manual_review approve_refund"
                + " manual_review"})
    void bothEnginesDecideAlikeOnEveryBundledSchema(String policy, String schema,
                                                    String outcomes) {
        Path file = SCENARIOS.resolve(policy);
        Path requests = file.resolveSibling("requests.jsonl");
        Cli.Result compiled = Cli.run("--engine", "compiled", "eval", file, "--requests", requests);
        Cli.Result interpreted =
                Cli.run("--engine", "interpreted", "eval", file, "--requests", requests);
        assertEquals(0, compiled.exit(), compiled.out() + compiled.err());
        assertEquals(interpreted.out(), compiled.out(), schema);
        List<String> decided = compiled.out().lines()
                .map(line -> line.replaceAll("^\\{\"outcome\":\"([a-z_]+)\".*", "$1")).toList();
        assertEquals(List.of(outcomes.split(" ")), decided, compiled.out());
    }

    @Test
    void unknownFieldsAreRefusedUnlessIgnored() {
        Path policy = SCENARIOS.resolve("own_signals/vip.policy");
        String request = "{\"request\":\"refund_only\",\"reason\":\"size\",\"amount\":\"60\","
                + "\"buyer\":{\"vip\":true,\"refunds_30d\":0},"
                + "\"order\":{\"channel\":\"live\",\"source\":\"crm\"}}";
        Cli.Result refused = Cli.run("eval", policy, "--request", request);
        assertEquals(1, refused.exit());
        assertEquals("{\"error\":{\"message\":\"unknown field `order.source`\","
                + "\"field\":\"order.source\"}}\n", refused.out());
        Cli.Result ignored = Cli.run("eval", policy, "--unknown-fields=ignore", "--request",
                request);
        assertEquals(0, ignored.exit(), ignored.err());
        assertTrue(ignored.out().startsWith("{\"outcome\":\"approve_refund\""), ignored.out());
        Cli.Result explained = Cli.run("explain", policy, "--unknown-fields", "ignore",
                "--request", request);
        assertEquals(0, explained.exit(), explained.err());
    }

    @Test
    void simulateAddsUpTheMoneyEachSchemaRefunds() {
        Path policy = SCENARIOS.resolve("order_review/order_review.policy");
        Cli.Result simulated = Cli.run("simulate", policy, "--history",
                policy.resolveSibling("requests.jsonl"), "--baseline", policy);
        assertEquals(0, simulated.exit(), simulated.err());
        assertTrue(simulated.out().contains("5 requests decided"), simulated.out());
        assertTrue(simulated.out().contains("0 of 5 decisions changed"), simulated.out());
    }

    @Test
    void simulateRefusesASchemaThatRefundsNothing(@TempDir Path dir) throws IOException {
        Cli.write(dir, "free.schema", "schema free\ncurrency USD 2\nfield ok: bool\n"
                + "outcome yes\noutcome no\notherwise no\n");
        Path policy = Cli.write(dir, "p.policy", "schema \"free.schema\"\nwhen ok then yes\n");
        Path history = Cli.write(dir, "h.jsonl", "{\"ok\":true}\n");
        Cli.Result result = Cli.run("simulate", policy, "--history", history);
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("its schema `free` has no outcome that `refunds` money"),
                result.err());
    }
}
