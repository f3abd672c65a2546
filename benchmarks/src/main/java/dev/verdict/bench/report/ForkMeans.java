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
 * One benchmark of a JMH JSON report ({@code -rf json}) fork by fork: its name, its parameters
 * as {@code name=value} joined by commas ("" without any), JMH's mean over every iteration of
 * every fork, the mean of each fork's measurement iterations, and the bytes allocated per
 * operation ({@code -prof gc}; NaN without it).
 */
public record ForkMeans(String benchmark, String params, double mean, List<Double> forks,
                        double bytesPerOp) {

    public ForkMeans {
        forks = List.copyOf(forks);
    }

    /** Every benchmark of a JMH JSON report, in the report's order. */
    public static List<ForkMeans> read(Path report) throws IOException {
        List<ForkMeans> results = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(report.toFile())) {
            List<String> params = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = result.path("params").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> param = it.next();
                params.add(param.getKey() + "=" + param.getValue().asText());
            }
            JsonNode primary = result.get("primaryMetric");
            List<Double> forks = new ArrayList<>();
            for (JsonNode fork : primary.path("rawData")) {
                double sum = 0;
                for (JsonNode iteration : fork) {
                    sum += Measurement.number(iteration);
                }
                forks.add(sum / fork.size());
            }
            results.add(new ForkMeans(result.get("benchmark").asText(), String.join(",", params),
                    Measurement.number(primary.get("score")), forks,
                    Measurement.allocation(result.path("secondaryMetrics"))));
        }
        return results;
    }

    /** The slowest fork's mean over the fastest's, minus one (0: every fork the same). */
    public double spread() {
        double min = forks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = forks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return max / min - 1;
    }
}
