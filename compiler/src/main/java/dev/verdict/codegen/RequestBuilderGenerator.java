package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.RequestModel.FieldModel;
import dev.verdict.runtime.RequestChecks;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.TypedValues;
import dev.verdict.schema.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import javax.lang.model.element.Modifier;

/**
 * Generates the builder nested in a typed request class: one setter per field, each checking
 * its value at once. Money, durations, dates and timestamps are set from Java's value types
 * ({@code amount(BigDecimal)}, {@code sinceOrder(Duration)}, {@code LocalDate},
 * {@code Instant}), exactly; their raw {@code long}s have setters that say the unit
 * ({@code amountMinor}, {@code sinceOrderMinutes}, {@code ...EpochDay}, {@code ...EpochMilli}),
 * so that a bare number never silently means cents. Enum fields take the nested enum or the
 * value's name. {@code build()} refuses a request that lacks a field the builder requires: the
 * schema's required fields, or (from an evaluator's {@code requestBuilder()}) those the policy
 * reads.
 */
final class RequestBuilderGenerator {

    private final RequestModel model;

    RequestBuilderGenerator(RequestModel model) {
        this.model = model;
    }

    static ClassName builderType(RequestModel model) {
        return model.type().nestedClass("Builder");
    }

    TypeSpec generate() {
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderType(model))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Collects a request's values; a field not set is absent.\n")
                .addField(com.palantir.javapoet.FieldSpec.builder(RequestClassGenerator.FLAGS,
                                "given", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new boolean[$L]", model.fields().size()).build())
                .addField(RequestClassGenerator.FLAGS, "required", Modifier.PRIVATE,
                        Modifier.FINAL)
                .addField(TypeName.INT, "decimals", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(RequestClassGenerator.FLAGS, "required")
                        .addParameter(TypeName.INT, "decimals")
                        .addStatement("this.required = required")
                        .addStatement("this.decimals = decimals")
                        .build());
        for (FieldModel field : model.fields()) {
            builder.addField(field.javaType(), field.name(), Modifier.PRIVATE);
            setters(field, builder);
        }
        return builder.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The request.\n\n@throws $T naming a required field "
                                + "that was not set\n",
                                dev.verdict.runtime.InvalidRequestException.class)
                        .returns(model.type())
                        .addStatement("$T.requireGiven(FIELDS, required, given)",
                                RequestChecks.class)
                        .addStatement("return new $T(this)", model.type())
                        .build())
                .addMethod(MethodSpec.methodBuilder("take")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(TypeName.LONG)
                        .addParameter(RequestValues.class, "values")
                        .addParameter(TypeName.INT, "field")
                        .addStatement("given[field] = true")
                        .addStatement("return $T.checked(FIELDS.get(field), values.value(field))",
                                RequestChecks.class)
                        .build())
                .build();
    }

    private void setters(FieldModel field, TypeSpec.Builder builder) {
        Kind kind = field.field().type().kind();
        if (field.isEnum()) {
            builder.addMethod(setter(field, field.name(), field.enumType(),
                    "$T.ordinal(FIELDS.get($L), value)", RequestChecks.class));
            builder.addMethod(setter(field, field.name(), ClassName.get(String.class),
                    "$T.ordinal(FIELDS.get($L), value)", RequestChecks.class));
            return;
        }
        if (field.isBool()) {
            builder.addMethod(setter(field, field.name(), TypeName.BOOLEAN, "value"));
            return;
        }
        String typed = switch (kind) {
            case MONEY -> "$T.money(FIELDS.get($L), value, decimals)";
            case DURATION -> "$T.minutes(FIELDS.get($L), value)";
            case DATE -> "$T.day(FIELDS.get($L), value)";
            case TIMESTAMP -> "$T.millis(FIELDS.get($L), value)";
            case STRING -> "$T.text(FIELDS.get($L), value)";
            default -> null;
        };
        if (typed != null) {
            builder.addMethod(setter(field, field.name(), valueType(kind), typed,
                    TypedValues.class));
        }
        if (kind != Kind.STRING) {
            String cast = field.javaType() == TypeName.INT ? "(int) " : "";
            String name = field.rawSetter() != null ? field.rawSetter() : field.name();
            builder.addMethod(setter(field, name, field.javaType(),
                    cast + "$T.checked(FIELDS.get($L), value)", RequestChecks.class));
        }
    }

    private static TypeName valueType(Kind kind) {
        return ClassName.get(switch (kind) {
            case MONEY -> BigDecimal.class;
            case DURATION -> Duration.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> Instant.class;
            default -> String.class;
        });
    }

    /**
     * A setter named {@code name}; {@code value} is the code of the stored value, with
     * {@code $T} for {@code helper} and {@code $L} for the field's index.
     */
    private MethodSpec setter(FieldModel field, String name, TypeName parameter, String value,
                              Class<?>... helper) {
        int index = field.field().index();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Sets {@code $L}$L.\n", JavaLiterals.docText(field.field().path()),
                        unit(field, parameter))
                .returns(builderType(model))
                .addParameter(parameter, "value");
        if (helper.length == 0) {
            setter.addStatement("this.$N = " + value, field.name());
        } else {
            setter.addStatement("this.$N = " + value, field.name(), helper[0], index);
        }
        return setter.addStatement("given[$L] = true", index).addStatement("return this").build();
    }

    private static String unit(FieldModel field, TypeName parameter) {
        String doc = field.field().doc().isEmpty() ? "" : ", "
                + JavaLiterals.docText(field.field().doc());
        if (!parameter.isPrimitive()) {
            return doc;
        }
        return switch (field.field().type().kind()) {
            case MONEY -> doc + " (minor units of the policy's currency: 4550 is 45.50 USD)";
            case DURATION -> doc + " (whole minutes)";
            case DATE -> doc + " (days since 1970-01-01)";
            case TIMESTAMP -> doc + " (milliseconds since 1970-01-01T00:00Z)";
            default -> doc;
        };
    }
}
