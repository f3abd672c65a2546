package dev.verdict.spark;

import dev.verdict.runtime.FieldSpec;
import java.util.List;
import java.util.Random;

/**
 * Generated histories: random valid requests of a schema's fields, one JSON object per line,
 * keys flat and in field order, which is how a Parquet or CSV row is written as a request, so
 * that reports from all three formats can be compared whole, examples included.
 */
final class Histories {

    private Histories() {
    }

    static String generate(List<FieldSpec> fields, int lines, long seed) {
        Random random = new Random(seed);
        StringBuilder history = new StringBuilder();
        for (int line = 0; line < lines; line++) {
            history.append('{');
            for (int i = 0; i < fields.size(); i++) {
                FieldSpec field = fields.get(i);
                history.append(i == 0 ? "" : ",").append('"').append(field.path())
                        .append("\":").append(value(field, random));
            }
            history.append("}\n");
        }
        return history.toString();
    }

    private static String value(FieldSpec field, Random random) {
        return switch (field.kind()) {
            case ENUM -> '"' + field.enumValues().get(random.nextInt(field.enumValues().size()))
                    + '"';
            case MONEY -> "\"" + random.nextInt(200) + "." + random.nextInt(10)
                    + random.nextInt(10) + "\"";
            case INT -> Long.toString(Math.max(field.min(), Math.min(field.max(),
                    random.nextInt(4))));
            case DURATION -> "\"" + random.nextInt(60) + "d\"";
            case BOOL -> Boolean.toString(random.nextBoolean());
            case DATE -> "\"" + day(random) + "\"";
            case TIMESTAMP -> "\"" + day(random) + "T" + twoDigits(random.nextInt(24)) + ":"
                    + twoDigits(random.nextInt(60)) + "Z\"";
            case STRING -> "\"s" + random.nextInt(5) + "\"";
        };
    }

    /** A day of November or early December 2026, around the sale week of the examples. */
    private static String day(Random random) {
        int day = random.nextInt(40);
        return day < 30 ? "2026-11-" + twoDigits(day + 1) : "2026-12-" + twoDigits(day - 29);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
