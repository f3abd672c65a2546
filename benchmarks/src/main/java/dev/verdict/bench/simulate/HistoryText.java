package dev.verdict.bench.simulate;

import dev.verdict.bench.request.RequestGenerator;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Dates;
import dev.verdict.runtime.Durations;
import dev.verdict.runtime.Money;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A realistic history as JSON Lines: the benchmark's seeded requests for a policy, written as
 * the documentation shows them (dotted fields nested in objects, money as strings, durations
 * as {@code "3d"}), about 350 bytes a line. The same seed gives the same bytes.
 */
public final class HistoryText {

    private HistoryText() {
    }

    /** {@code lines} requests for {@code policy}, one JSON object per line. */
    public static byte[] generate(CheckedPolicy policy, int lines, long seed) {
        RequestGenerator requests = RequestGenerator.forPolicy(policy, seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines * 400);
        for (int i = 0; i < lines; i++) {
            out.writeBytes(json(policy, requests.next()).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static String json(CheckedPolicy policy, RequestValues request) {
        Map<String, StringJoiner> groups = new LinkedHashMap<>();
        for (Field field : policy.schema().fields()) {
            if (!request.isPresent(field.index())) {
                continue;
            }
            String path = field.path();
            int dot = path.indexOf('.');
            String group = dot < 0 ? "" : path.substring(0, dot);
            groups.computeIfAbsent(group, g -> new StringJoiner(",", "{", "}"))
                    .add("\"" + path.substring(dot + 1) + "\":"
                            + value(policy, field, request.value(field.index())));
        }
        StringJoiner json = new StringJoiner(",", "{", "}");
        groups.forEach((group, members) -> {
            String text = members.toString();
            json.add(group.isEmpty() ? text.substring(1, text.length() - 1)
                    : "\"" + group + "\":" + text);
        });
        return json.toString();
    }

    private static String value(CheckedPolicy policy, Field field, long value) {
        return switch (field.type().kind()) {
            case ENUM -> "\"" + field.type().values().get((int) value) + "\"";
            case MONEY -> "\"" + Money.format(value, policy.currencyDecimals()) + "\"";
            case DURATION -> "\"" + Durations.format(value) + "\"";
            case BOOL -> value == 1 ? "true" : "false";
            case DATE -> "\"" + Dates.formatDate(value) + "\"";
            case TIMESTAMP -> "\"" + Dates.formatTimestamp(value) + "\"";
            default -> Long.toString(value);
        };
    }
}
