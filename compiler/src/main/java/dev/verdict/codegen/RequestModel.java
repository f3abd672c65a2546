package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * How a schema's request looks in Java: the typed request class, and for each field its Java
 * name and Java type (enum ordinals {@code int}, bools {@code boolean}, money, durations, dates
 * and timestamps {@code long}, ints {@code int} when their declared range fits, strings
 * {@code String}), the name of its presence flag
 * when it is optional, and the nested enum type of an enum field. Shared by the generators of
 * the request class and of the evaluators, so that both agree on every name.
 */
final class RequestModel {

    private final Schema schema;
    private final ClassName type;
    private final List<FieldModel> fields = new ArrayList<>();

    /**
     * One field: its value and presence names and its Java type; {@code rawSetter} names the
     * builder's setter of the raw {@code long} where the main setter takes a Java value type
     * ({@code amountMinor} beside {@code amount(BigDecimal)}), else null.
     */
    record FieldModel(Field field, String name, String presenceName, TypeName javaType,
                      ClassName enumType, List<String> enumConstants, String rawSetter) {

        boolean isEnum() {
            return enumType != null;
        }

        boolean isBool() {
            return javaType == TypeName.BOOLEAN;
        }
    }

    RequestModel(Schema schema, String packageName) {
        this.schema = schema;
        this.type = ClassName.get(packageName, JavaNames.requestClass(schema.name()));
        NameAllocator members = new NameAllocator();
        for (String reserved : List.of("FIELDS", "SCHEMA_REQUIRED", "builder", "fromValues",
                "build", "given", "take", "required", "decimals", "builderFor", "decimalsOf")) {
            members.newName(reserved);
        }
        NameAllocator types = new NameAllocator();
        types.newName(type.simpleName());
        types.newName("Builder");
        for (Field field : schema.fields()) {
            fields.add(model(field, members, types));
        }
    }

    private FieldModel model(Field field, NameAllocator members, NameAllocator types) {
        String name = members.newName(JavaNames.lowerCamel(field.path()));
        String presence = field.optional() ? members.newName(name + "Present") : null;
        if (field.type().kind() != Kind.ENUM) {
            String suffix = rawSuffix(field.type().kind());
            String raw = suffix == null ? null : members.newName(name + suffix);
            return new FieldModel(field, name, presence, javaType(field), null, List.of(), raw);
        }
        String enumName = name.startsWith("_") ? "Enum" + name
                : Character.toUpperCase(name.charAt(0))
                + name.substring(1);
        ClassName enumType = type.nestedClass(types.newName(enumName));
        NameAllocator constants = new NameAllocator();
        List<String> names = field.type().values().stream()
                .map(value -> constants.newName(JavaNames.constant(value))).toList();
        return new FieldModel(field, name, presence, TypeName.INT, enumType, names, null);
    }

    /** How the raw setter of a kind is named after the field: {@code amountMinor}. */
    private static String rawSuffix(Kind kind) {
        return switch (kind) {
            case MONEY -> "Minor";
            case DURATION -> "Minutes";
            case DATE -> "EpochDay";
            case TIMESTAMP -> "EpochMilli";
            default -> null;
        };
    }

    private static TypeName javaType(Field field) {
        return switch (field.type().kind()) {
            case BOOL -> TypeName.BOOLEAN;
            case INT -> field.type().min() >= Integer.MIN_VALUE
                    && field.type().max() <= Integer.MAX_VALUE
                    ? TypeName.INT : TypeName.LONG;
            case MONEY, DURATION, DATE, TIMESTAMP -> TypeName.LONG;
            case STRING -> ClassName.get(String.class);
            default -> throw new IllegalArgumentException("request field `" + field.path()
                    + "` has type " + field.type().describe() + ", which requests cannot carry");
        };
    }

    Schema schema() {
        return schema;
    }

    /** The typed request class. */
    ClassName type() {
        return type;
    }

    List<FieldModel> fields() {
        return fields;
    }

    FieldModel field(Field field) {
        return fields.get(field.index());
    }
}
