package dev.verdict.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a schema data file. */
public final class SchemaLoader {

    static final Schema AFTERSALE = loadResource("aftersale.json");

    private SchemaLoader() {
    }

    public static Schema load(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : root.path("fields")) {
            fields.add(new Field(fields.size(), f.path("path").asText(), type(f),
                    f.path("optional").asBoolean(false), f.path("doc").asText("")));
        }
        List<Setting> settings = new ArrayList<>();
        for (JsonNode s : root.path("settings")) {
            settings.add(new Setting(settings.size(), s.path("name").asText(), type(s),
                    s.path("doc").asText("")));
        }
        List<OutcomeDef> outcomes = new ArrayList<>();
        for (JsonNode o : root.path("outcomes")) {
            outcomes.add(new OutcomeDef(outcomes.size(), o.path("name").asText(), params(o),
                    strings(o.path("appliesTo")),
                    o.path("approval").asBoolean(false), refund(o), o.path("doc").asText("")));
        }
        List<ObligationDef> obligations = new ArrayList<>();
        for (JsonNode o : root.path("obligations")) {
            obligations.add(new ObligationDef(o.path("name").asText(), params(o), o.path("doc")
                    .asText("")));
        }
        JsonNode l = root.path("lints");
        Lints lints = new Lints(l.path("boundedBy").asText(), strings(l.path("unboundedApprovals")),
                strings(l.path("velocityGuarded")), strings(l.path("velocityFields")),
                        l.path("fallback").asText());
        Map<String, Integer> currencies = new LinkedHashMap<>();
        root.path("currencies").fields().forEachRemaining(e -> currencies.put(e.getKey(),
                e.getValue().asInt()));
        String amountField =
                root.hasNonNull("amountField") ? root.path("amountField").asText() : null;
        return new Schema(root.path("name").asText(), root.path("requestField").asText(),
                amountField, fields, settings, outcomes, obligations, lints, currencies);
    }

    private static Schema loadResource(String name) {
        try (InputStream in = SchemaLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled schema " + name + " is missing");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Param> params(JsonNode node) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : node.path("params")) {
            params.add(new Param(p.path("name").asText(), type(p)));
        }
        return params;
    }

    private static Refund refund(JsonNode outcome) {
        if (!outcome.hasNonNull("refunds")) {
            return Refund.NONE;
        }
        String word = outcome.path("refunds").asText();
        Refund refund = Refund.of(word);
        if (refund == null) {
            throw new IllegalArgumentException("unknown refunds `" + word + "` of outcome "
                    + outcome.path("name").asText() + " in schema");
        }
        return refund;
    }

    private static Type type(JsonNode node) {
        String kind = node.path("type").asText();
        return switch (kind) {
            case "enum" -> Type.enumOf(strings(node.path("values")));
            case "money" -> Type.MONEY;
            case "int" -> Type.integer(node.path("min").asLong(Long.MIN_VALUE), node.path("max")
                    .asLong(Long.MAX_VALUE));
            case "duration" -> Type.DURATION;
            case "bool" -> Type.BOOL;
            case "percent" -> Type.PERCENT;
            case "string" -> Type.STRING;
            default -> throw new IllegalArgumentException("unknown type `" + kind + "` in schema");
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
