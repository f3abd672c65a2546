package dev.verdict.lsp;

import dev.verdict.schema.Applies;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.ObligationDef;
import dev.verdict.schema.OutcomeDef;
import dev.verdict.schema.Param;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How schema entries read in hovers and completion details: Markdown, one entry each. */
final class SchemaText {

    private static final int VALUES_SHOWN = 12;

    private SchemaText() {
    }

    static String type(Type type) {
        if (type.kind() == Kind.ENUM) {
            List<String> values = type.values();
            String shown = values.stream().limit(VALUES_SHOWN).collect(Collectors.joining(", "));
            return "enum " + shown + (values.size() > VALUES_SHOWN ? ", …" : "");
        }
        if (type.kind() == Kind.INT) {
            return "int " + type.min() + ".." + (type.max() == Long.MAX_VALUE ? "" : type.max());
        }
        return type.describe();
    }

    static String field(Field field) {
        return "**`" + field.path() + "`** · " + type(field.type())
                + (field.optional() ? ", optional" : "") + doc(field.doc());
    }

    static String outcome(OutcomeDef outcome) {
        Applies where = outcome.applies();
        String applies = where.always() ? ""
                : where.field() == null ? "\n\nApplies when `" + where.condition() + "`."
                : "\n\nApplies when `" + where.field().path() + "` is " + values(where) + ".";
        return "**`" + call(outcome.name(), outcome.params()) + "`** · outcome"
                + doc(outcome.doc()) + applies;
    }

    static String obligation(ObligationDef obligation) {
        return "**`" + call(obligation.name(), obligation.params()) + "`** · obligation"
                + doc(obligation.doc());
    }

    static String setting(Setting setting) {
        return "**`" + setting.name() + "`** · setting, " + type(setting.type())
                + doc(setting.doc());
    }

    static String call(String name, List<Param> params) {
        if (params.isEmpty()) {
            return name;
        }
        return name + "(" + params.stream().map(Param::name).collect(Collectors.joining(", "))
                + ")";
    }

    private static String doc(String doc) {
        return doc == null || doc.isBlank() ? "" : "\n\n" + doc;
    }

    /** The values of its enum field an outcome applies to, as {@code `a`, `b`}. */
    private static String values(Applies where) {
        List<String> values = where.field().type().values();
        return IntStream.range(0, values.size()).filter(i -> (where.mask() & (1L << i)) != 0)
                .mapToObj(i -> "`" + values.get(i) + "`").collect(Collectors.joining(", "));
    }
}
