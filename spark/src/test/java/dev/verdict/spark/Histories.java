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
            default -> throw new IllegalArgumentException("no values generated for field `"
                    + field.path() + "` of kind " + field.kind());
        };
    }
}
