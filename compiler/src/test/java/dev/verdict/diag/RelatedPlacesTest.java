package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verdict.ast.Span;
import dev.verdict.diag.sarif.SarifRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Related places: attached to the diagnostic's file, and carried into JSON and SARIF. */
class RelatedPlacesTest {

    private static final Diagnostic DUPLICATE = CheckDiagnostics.duplicateName(
            new Span(3, 6, 3, 9), "rule name", "big", new Span(2, 6, 2, 9), 0).inFile("t.policy");

    @Test
    void aRelatedPlaceWithoutAFileIsInTheDiagnosticsFile() {
        assertEquals(List.of(new Related("t.policy", new Span(2, 6, 2, 9), "first defined here")),
                DUPLICATE.related());
    }

    @Test
    void jsonListsRelatedPlacesOnlyWhenThereAreSome() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Rendered.json(List.of(DUPLICATE)));
        JsonNode related = json.at("/diagnostics/0/related/0");
        assertEquals("t.policy", related.get("file").asText());
        assertEquals(2, related.get("line").asInt());
        assertEquals("first defined here", related.get("message").asText());
        Diagnostic plain = Code.E0201.at("t.policy", new Span(1, 1, 1, 2), "unknown field `x`");
        assertTrue(Rendered.json(List.of(plain)).indexOf("related") < 0);
    }

    @Test
    void sarifCarriesRelatedLocations() throws Exception {
        String sarif = new SarifRenderer().render(List.of(DUPLICATE), Map.of());
        JsonNode location = new ObjectMapper().readTree(sarif)
                .at("/runs/0/results/0/relatedLocations/0");
        assertEquals("first defined here", location.at("/message/text").asText());
        assertEquals(2, location.at("/physicalLocation/region/startLine").asInt());
        assertEquals("t.policy", location.at("/physicalLocation/artifactLocation/uri").asText());
    }
}
