package dev.verdict.diag.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.verdict.ast.Span;
import dev.verdict.diag.Code;
import dev.verdict.diag.Diagnostic;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY =
            "policy \"p\"\nwhen reasn = size then approve_return_label\n";

    private static final List<Diagnostic> DIAGNOSTICS = List.of(
            Code.E0201.at("shop/returns.policy", new Span(2, 6, 2, 11), "unknown field `reasn`")
                    .withHelp("did you mean `reason`?"),
            Code.W0404.at("shop/returns.policy", new Span(2, 1, 2, 44), "rule `x` auto-approves")
                    .withHelp("e.g. request = return_and_refund, reason = size, amount = 1000.00"),
            Code.I0901.at("profiles/my market.platform", Span.NONE, "analysis incomplete"),
            Code.E0209.at(null, Span.NONE, "unknown platform profile `tiktok_uk`"));

    private static JsonNode render() throws Exception {
        URI docs = URI.create("https://example.org/docs/diagnostics.md");
        String sarif = new SarifRenderer(docs, "0.1.0")
                .render(DIAGNOSTICS, Map.of("shop/returns.policy", POLICY));
        return JSON.readTree(sarif);
    }

    @Test
    void isValidSarif210() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(render());
        assertEquals(Set.of(), errors);
        String bare = new SarifRenderer().render(DIAGNOSTICS, Map.of());
        assertEquals(Set.of(), schema.validate(JSON.readTree(bare)));
        JsonNode broken = render();
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(schema.validate(broken).isEmpty(), "the schema check must be able to fail");
    }

    @Test
    void pathsAreRelativeToTheBase() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        java.nio.file.Path base = java.nio.file.Path.of("/work/shop").toAbsolutePath();
        String inside = base.resolve("policies/returns.policy").toString();
        String outside = base.resolveSibling("other/x.policy").toString();
        List<Diagnostic> diagnostics = List.of(
                Code.E0201.at(inside, new Span(1, 1, 1, 2), "a"),
                Code.E0201.at("./policies/../b.policy", new Span(1, 1, 1, 2), "b"),
                Code.E0201.at(outside, new Span(1, 1, 1, 2), "c"));
        var renderer = new SarifRenderer(null, "1.2.3", base);
        JsonNode log = JSON.readTree(renderer.render(diagnostics, Map.of()));
        assertEquals(Set.of(), schema.validate(log));
        Set<String> uris = new java.util.HashSet<>();
        log.at("/runs/0/artifacts").forEach(a -> uris.add(a.at("/location/uri").asText()));
        assertEquals(Set.of("policies/returns.policy", "b.policy",
                java.nio.file.Path.of(outside).toUri().toString()), uris);
        assertEquals("1.2.3", log.at("/runs/0/tool/driver/version").asText());
    }

    @Test
    void withoutADocsUriRulesCarryTheirHelpFromTheDiagnosticsDocsAndNoLink() throws Exception {
        JsonNode driver = JSON.readTree(new SarifRenderer().render(DIAGNOSTICS, Map.of()))
                .at("/runs/0/tool/driver");
        assertTrue(driver.at("/informationUri").isMissingNode());
        for (JsonNode rule : driver.get("rules")) {
            String id = rule.get("id").asText();
            assertTrue(rule.at("/helpUri").isMissingNode(), id);
            assertFalse(rule.at("/help/text").asText().isBlank(), id + " has help");
            assertFalse(rule.at("/fullDescription/text").asText().isBlank(), id);
        }
        JsonNode e0301 = driver.at("/rules/" + Code.E0301.ordinal());
        assertEquals("A value breaks a platform limit for every request it applies to, or is "
                + "outside a limit's `in` list.", e0301.at("/fullDescription/text").asText());
        assertEquals("A value breaks a platform limit for every request it applies to, or is "
                + "outside a limit's `in` list.\n"
                + "# strict.platform: limit return_window <= 7d where category = jewelry\n"
                + "set return_window = 15d where category = jewelry\n"
                + "Fix: choose a value the platform allows (`7d`), or drop the `set`. A profile "
                + "checked on its own (`verdict check my.platform`) gets the same error for a "
                + "`default` its own limits refuse.", e0301.at("/help/text").asText());
        assertTrue(e0301.at("/help/markdown").asText().startsWith("**A value breaks"));
    }

    @Test
    void describesEveryCodeAsARule() throws Exception {
        JsonNode rules = render().at("/runs/0/tool/driver/rules");
        assertEquals(Code.values().length, rules.size());
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        assertEquals(java.util.Arrays.stream(Code.values()).map(Code::name).toList(), ids);
        JsonNode e0208 = rules.get(Code.E0208.ordinal());
        assertEquals("OutcomeNeverAppliesToTheRuleSRequests", e0208.get("name").asText());
        assertEquals("outcome never applies to the rule's requests",
                e0208.at("/shortDescription/text").asText());
        assertEquals("error", e0208.at("/defaultConfiguration/level").asText());
        assertEquals("https://example.org/docs/diagnostics.md#e0208",
                e0208.get("helpUri").asText());
        JsonNode i0901 = rules.get(Code.I0901.ordinal());
        assertEquals("note", i0901.at("/defaultConfiguration/level").asText());
    }

    @Test
    void refusesRelativeDocumentationLinks() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SarifRenderer(URI.create("docs/diagnostics.md"), null));
    }

    @Test
    void reportsEachDiagnosticWithItsLocationAndHelp() throws Exception {
        JsonNode results = render().at("/runs/0/results");
        assertEquals(4, results.size());
        List<String> order = new java.util.ArrayList<>();
        results.forEach(r -> order.add(r.get("ruleId").asText()));
        assertEquals(List.of("E0209", "I0901", "W0404", "E0201"), order,
                "sorted by file, then position");
        JsonNode first = results.get(3);
        assertEquals("E0201", first.get("ruleId").asText());
        assertEquals(Code.E0201.ordinal(), first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        assertEquals("unknown field `reasn` (help: did you mean `reason`?)",
                first.at("/message/text").asText());
        assertEquals("did you mean `reason`?", first.at("/properties/help").asText());
        JsonNode location = first.at("/locations/0/physicalLocation");
        assertEquals("shop/returns.policy", location.at("/artifactLocation/uri").asText());
        assertEquals(2, location.at("/region/startLine").asInt());
        assertEquals(6, location.at("/region/startColumn").asInt());
        assertEquals(11, location.at("/region/endColumn").asInt());
        assertEquals("when reasn = size then approve_return_label",
                location.at("/region/snippet/text").asText());
        assertEquals("warning", results.get(2).get("level").asText());
        JsonNode info = results.get(1);
        assertEquals("note", info.get("level").asText());
        assertEquals("profiles/my%20market.platform",
                info.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertTrue(info.at("/locations/0/physicalLocation/region/snippet").isMissingNode());
        assertTrue(results.get(0).get("locations") == null);
    }
}
