package dev.verdict.check;

import dev.verdict.ast.Operand;
import dev.verdict.ast.SchemaDecl;
import dev.verdict.ast.SchemaDecl.TypeRef;
import dev.verdict.ast.Span;
import dev.verdict.diag.SchemaDiagnostics;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The types of a schema: the built-in ones ({@code money}, {@code int 0..100}, ...), the enums
 * the schema and those it extends declare (with the values extensions add), and the enums of
 * other bundled schemas, named {@code aftersale.category}.
 */
final class SchemaTypes {

    private static final Map<String, Type> BUILT_IN = builtIn();

    private final Function<String, Optional<Schema>> bundled;
    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final SchemaNames names = new SchemaNames("type");

    /** {@code bundled} finds a bundled schema by name, for qualified enum names. */
    SchemaTypes(Function<String, Optional<Schema>> bundled) {
        this.bundled = bundled;
    }

    private static Map<String, Type> builtIn() {
        Map<String, Type> types = new LinkedHashMap<>();
        types.put("money", Type.MONEY);
        types.put("int", Type.integer(Long.MIN_VALUE, Long.MAX_VALUE));
        types.put("duration", Type.DURATION);
        types.put("bool", Type.BOOL);
        types.put("percent", Type.PERCENT);
        types.put("string", Type.STRING);
        types.put("date", Type.DATE);
        types.put("timestamp", Type.TIMESTAMP);
        return types;
    }

    /** {@code enum NAME = [...]} declares an enum; {@code enum NAME += [...]} adds values. */
    void declare(SchemaDecl.EnumDef def, Reporter reporter) {
        String name = def.name().text();
        if (!def.adds() && BUILT_IN.containsKey(name)) {
            reporter.report(SchemaDiagnostics.malformedType(def.name().span(),
                    "`" + name + "` is a built-in type", "choose another name for the enum"));
            return;
        }
        if (!def.adds() && !names.add(name, def.name().span(), reporter)) {
            return;
        }
        if (def.adds() && !enums.containsKey(name)) {
            reporter.report(SchemaDiagnostics.unknownEnum(def.name().span(), name));
            return;
        }
        List<String> values = enums.computeIfAbsent(name, n -> new ArrayList<>());
        addValues(values, def.values(), name, reporter);
    }

    /** The named enum types, as declared and extended. */
    Map<String, Type> enumTypes() {
        Map<String, Type> types = new LinkedHashMap<>();
        enums.forEach((name, values) -> types.put(name, Type.enumOf(values)));
        return types;
    }

    /** The type {@code ref} names, or null after reporting. */
    Type resolve(TypeRef ref, Reporter reporter) {
        if (ref instanceof TypeRef.InlineEnum inline) {
            List<String> values = new ArrayList<>();
            return addValues(values, inline.values(), null, reporter)
                    ? Type.enumOf(values) : null;
        }
        TypeRef.Named named = (TypeRef.Named) ref;
        String name = named.name().dotted();
        Type type = named(name, named.name().span(), reporter);
        if (type == null || !named.ranged()) {
            return type;
        }
        return ranged(type, named, reporter);
    }

    private Type named(String name, Span span, Reporter reporter) {
        if (BUILT_IN.containsKey(name)) {
            return BUILT_IN.get(name);
        }
        if (enums.containsKey(name)) {
            return Type.enumOf(enums.get(name));
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            Optional<Schema> other = bundled.apply(name.substring(0, dot));
            Type type = other.map(s -> s.enums().get(name.substring(dot + 1))).orElse(null);
            if (type != null) {
                return type;
            }
        }
        List<String> known = new ArrayList<>(BUILT_IN.keySet());
        known.addAll(enums.keySet());
        reporter.report(SchemaDiagnostics.unknownType(span, name, known));
        return null;
    }

    private static Type ranged(Type type, TypeRef.Named named, Reporter reporter) {
        if (type.kind() != dev.verdict.schema.Kind.INT) {
            reporter.report(SchemaDiagnostics.malformedType(named.span(),
                    "only `int` takes a range, not `" + named.name().dotted() + "`",
                    "remove the range"));
            return null;
        }
        long low = named.low() == null ? Long.MIN_VALUE : named.low();
        long high = named.high() == null ? Long.MAX_VALUE : named.high();
        if (low > high) {
            reporter.report(SchemaDiagnostics.malformedType(named.span(),
                    "the range " + low + ".." + high + " is empty",
                    "write the lower bound first: `int " + high + ".." + low + "`"));
            return null;
        }
        return Type.integer(low, high);
    }

    /**
     * Adds the names of {@code list} to {@code values}, the values of the enum {@code enumName}
     * (null: one written in place); false after reporting a problem.
     */
    private static boolean addValues(List<String> values, Operand.ListLit list, String enumName,
                                     Reporter reporter) {
        boolean ok = true;
        for (Operand item : list.items()) {
            if (!(item instanceof Operand.PathRef ref) || ref.dotted().contains(".")) {
                reporter.report(SchemaDiagnostics.malformedType(item.span(),
                        "an enum value is a name", "write a name such as `gift_card`"));
                ok = false;
            } else if (values.contains(ref.dotted())) {
                reporter.report(SchemaDiagnostics.duplicateValue(item.span(),
                        enumName, ref.dotted()));
                ok = false;
            } else {
                values.add(ref.dotted());
            }
        }
        if (values.isEmpty() || values.size() > Type.MAX_ENUM_VALUES) {
            reporter.report(SchemaDiagnostics.malformedType(list.span(),
                    "an enum has 1 to " + Type.MAX_ENUM_VALUES + " values, not " + values.size(),
                    values.isEmpty() ? "list its values" : "split it into two fields"));
            return false;
        }
        return ok;
    }
}
