package dev.verdict.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.RequestModel.FieldModel;
import dev.verdict.runtime.RequestChecks;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Kind;
import javax.lang.model.element.Modifier;

/**
 * Generates the builder nested in a typed request class: one setter per field (enum fields take
 * the nested enum or the value's name), each checking the declared range at once, and
 * {@code build()}, which refuses a request that lacks a field the schema requires.
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
                        "given",
                                Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new boolean[$L]", model.fields().size()).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (FieldModel field : model.fields()) {
            builder.addField(field.javaType(), field.name(), Modifier.PRIVATE);
            if (field.isEnum()) {
                builder.addMethod(setter(field, field.enumType(), "ordinal"));
                builder.addMethod(setter(field, ClassName.get(String.class), "ordinal"));
            } else {
                builder.addMethod(setter(field, field.javaType(), field.isBool() ? null
                        : "checked"));
            }
        }
        return builder.addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("The request.\n\n@throws $T naming a required field "
                                + "that was not "
                                + "set\n", dev.verdict.runtime.InvalidRequestException.class)
                        .returns(model.type())
                        .addStatement("return build(SCHEMA_REQUIRED)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(model.type())
                        .addParameter(RequestClassGenerator.FLAGS, "required")
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

    /** A setter; {@code check} names the {@link RequestChecks} method, or is null for none. */
    private MethodSpec setter(FieldModel field, TypeName parameter, String check) {
        int index = field.field().index();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(field.name())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Sets {@code $L}$L.\n", JavaLiterals.docText(field.field().path()),
                        unit(field))
                .returns(builderType(model))
                .addParameter(parameter, "value");
        if (check == null) {
            setter.addStatement("this.$N = value", field.name());
        } else {
            String cast = field.javaType() == TypeName.INT && !field.isEnum() ? "(int) " : "";
            setter.addStatement("this.$N = $L$T.$L(FIELDS.get($L), value)", field.name(), cast,
                    RequestChecks.class, check, index);
        }
        return setter.addStatement("given[$L] = true", index).addStatement("return this").build();
    }

    private static String unit(FieldModel field) {
        Kind kind = field.field().type().kind();
        String doc = field.field().doc().isEmpty() ? "" : ", "
                + JavaLiterals.docText(field.field().doc());
        return switch (kind) {
            case MONEY -> doc + " (minor units of the policy's currency)";
            case DURATION -> doc + " (minutes)";
            default -> doc;
        };
    }
}
