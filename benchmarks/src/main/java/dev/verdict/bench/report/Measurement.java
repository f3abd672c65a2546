package dev.verdict.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result of a JMH JSON report ({@code -rf json}): the benchmark class and method
 * (simple names), the policy size when it has one (0 otherwise), the score (the mean of every
 * measurement iteration of every fork) with its 99.9 % error, the fastest single iteration, the
 * unit, and the bytes allocated per operation ({@code -prof gc}; NaN without it).
 */
public record Measurement(String type, String method, int rules, double score, double error,
                          double fastest, String unit, double bytesPerOp) {

    /** Every result of a JMH JSON report. */
    public static List<Measurement> read(Path report) throws IOException {
        JsonNode results = new ObjectMapper().readTree(report.toFile());
        List<Measurement> measurements = new ArrayList<>();
        for (JsonNode result : results) {
            String[] name = result.get("benchmark").asText().split("\\.");
            JsonNode primary = result.get("primaryMetric");
            JsonNode rules = result.path("params").path("rules");
            measurements.add(new Measurement(name[name.length - 2], name[name.length - 1],
                    rules.isMissingNode() ? 0 : Integer.parseInt(rules.asText()),
                    number(primary.get("score")), number(primary.get("scoreError")),
                    fastest(primary.path("rawData")), primary.get("scoreUnit").asText(),
                    allocation(result.path("secondaryMetrics"))));
        }
        return measurements;
    }

    private static double fastest(JsonNode forks) {
        double fastest = Double.NaN;
        for (JsonNode fork : forks) {
            for (JsonNode iteration : fork) {
                double value = number(iteration);
                fastest = Double.isNaN(fastest) ? value : Math.min(fastest, value);
            }
        }
        return fastest;
    }

    /** {@code gc.alloc.rate.norm} among a result's secondary metrics; NaN without it. */
    static double allocation(JsonNode secondary) {
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            if (metric.getKey().replace("·", "").equals("gc.alloc.rate.norm")) {
                return number(metric.getValue().get("score"));
            }
        }
        return Double.NaN;
    }

    /** JMH writes NaN as the string {@code "NaN"}. */
    static double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
    }
}
