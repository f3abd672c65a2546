package dev.verdict.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.verdict.codegen.RequestModel.FieldModel;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.FieldKind;
import dev.verdict.runtime.RequestChecks;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed request class of a schema (SPEC §12): primitive final fields, a presence
 * flag per optional field, a nested enum per enum field, a {@link RequestBuilderGenerator
 * builder} that checks ranges and required fields, and the conversion from
 * {@link RequestValues}. Evaluators in the same package read its fields directly.
 */
final class RequestClassGenerator {

    static final ClassName FIELD_SPEC = ClassName.get(dev.verdict.runtime.FieldSpec.class);
    static final TypeName FIELD_LIST = ParameterizedTypeName.get(ClassName.get(List.class),
            FIELD_SPEC);
    static final TypeName FLAGS = ArrayTypeName.of(TypeName.BOOLEAN);

    private final RequestModel model;

    RequestClassGenerator(RequestModel model) {
        this.model = model;
    }

    JavaFile generate() {
        ClassName type = model.type();
        TypeSpec.Builder request = TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("A request of the {@code $L} schema, with primitive fields: "
                        + "money in minor units of the\npolicy's currency, durations in minutes, "
                        + "dates in days and timestamps in milliseconds\nsince the epoch, enum "
                        + "values by ordinal. Build one with an evaluator's\n"
                        + "{@code requestBuilder()}, with {@link #builder(String)} or with "
                        + "{@link #fromValues}; all\ncheck values and required fields. "
                        + "Immutable.\n",
                        JavaLiterals.docText(model.schema().name()))
                .addField(FieldSpec.builder(FIELD_LIST, "FIELDS", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The schema's fields by index, as request readers see them.\n")
                        .initializer(fieldSpecs()).build())
                .addField(FieldSpec.builder(FLAGS, "SCHEMA_REQUIRED", Modifier.STATIC,
                        Modifier.FINAL)
                        .addJavadoc("By field index: whether the schema requires the field.\n")
                        .initializer(schemaRequired()).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RequestBuilderGenerator.builderType(model), "builder");
        for (FieldModel field : model.fields()) {
            request.addField(field.javaType(), field.name(), Modifier.FINAL);
            constructor.addStatement("this.$N = builder.$N", field.name(), field.name());
            if (field.presenceName() != null) {
                request.addField(TypeName.BOOLEAN, field.presenceName(), Modifier.FINAL);
                constructor.addStatement("this.$N = builder.given[$L]", field.presenceName(),
                        field.field().index());
            }
        }
        ClassName builder = RequestBuilderGenerator.builderType(model);
        request.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("A builder of requests with every field the schema requires, "
                                + "money in minor units only.\n")
                        .returns(builder)
                        .addStatement("return new $T(SCHEMA_REQUIRED, -1)", builder)
                        .build())
                .addMethod(currencyBuilder(builder))
                .addMethod(fromValues())
                .addMethod(fromValuesRequiring());
        for (FieldModel field : model.fields()) {
            if (field.isEnum()) {
                request.addType(enumType(field));
            }
        }
        request.addType(new RequestBuilderGenerator(model).generate());
        return JavaFile.builder(type.packageName(), request.build())
                .addFileComment(JavaSources.GENERATED_BY + " from the schema $S; do not edit.",
                        JavaLiterals.commentText(model.schema().name()))
                .skipJavaLangImports(true)
                .build();
    }

    private MethodSpec fromValues() {
        return MethodSpec.methodBuilder("fromValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The request with these values, which must carry every field the "
                        + "schema requires.\n\n@throws $T naming a missing field or a value out "
                        + "of range\n",
                        dev.verdict.runtime.InvalidRequestException.class)
                .returns(model.type())
                .addParameter(RequestValues.class, "values")
                .addStatement("return fromValues(values, SCHEMA_REQUIRED)")
                .build();
    }

    private MethodSpec fromValuesRequiring() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("fromValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The request with these values, which must carry the fields "
                        + "{@code required} marks\n(by field index); other absent fields read as "
                        + "zero.\n\n@throws $T naming a missing field or a value out of range\n",
                        dev.verdict.runtime.InvalidRequestException.class)
                .returns(model.type())
                .addParameter(RequestValues.class, "values")
                .addParameter(FLAGS, "required")
                .addStatement("$T.checkSize(FIELDS, values)", RequestChecks.class)
                .addStatement("$T builder = new $T(required, -1)",
                        RequestBuilderGenerator.builderType(model),
                        RequestBuilderGenerator.builderType(model));
        for (FieldModel field : model.fields()) {
            int index = field.field().index();
            if (field.field().type().kind() == Kind.STRING) {
                method.beginControlFlow("if (values.isPresent($L))", index)
                        .addStatement("builder.given[$L] = true", index)
                        .addStatement("builder.$N = values.text($L)", field.name(), index)
                        .endControlFlow();
                continue;
            }
            CodeBlock take = CodeBlock.of("builder.take(values, $L)", index);
            CodeBlock value = field.isBool() ? CodeBlock.of("$L != 0", take)
                    : field.javaType() == TypeName.INT ? CodeBlock.of("(int) $L", take) : take;
            method.addStatement("if (values.isPresent($L)) builder.$N = $L", index, field.name(),
                    value);
        }
        return method.addStatement("return builder.build()").build();
    }

    /** {@code builder(currency)}: money also from {@code BigDecimal}s in that currency. */
    private MethodSpec currencyBuilder(ClassName builder) {
        Map<Integer, List<String>> byDecimals = new TreeMap<>();
        model.schema().currencyDecimals().forEach((code, decimals) -> byDecimals
                .computeIfAbsent(decimals, d -> new ArrayList<>()).add(code));
        CodeBlock.Builder cases = CodeBlock.builder()
                .beginControlFlow("int decimals = switch (currency)");
        byDecimals.forEach((decimals, codes) -> cases.addStatement("case $L -> $L",
                codes.stream().sorted().map(JavaLiterals::string).collect(CodeBlock.joining(", ")),
                decimals));
        cases.addStatement("default -> throw new $T($S + currency + $S)",
                IllegalArgumentException.class, "unknown currency `", "`");
        cases.unindent().add("};\n");
        return MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("A builder of requests with every field the schema requires, money "
                        + "also as\n{@code BigDecimal} amounts in {@code currency} (an ISO code "
                        + "such as {@code \"USD\"}), which must be\nthe policy's.\n")
                .returns(builder)
                .addParameter(String.class, "currency")
                .addCode(cases.build())
                .addStatement("return new $T(SCHEMA_REQUIRED, decimals)", builder)
                .build();
    }

    private TypeSpec enumType(FieldModel field) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(field.enumType())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of {@code $L}, in schema order (ordinals are the values' "
                        + "ordinals).\n", JavaLiterals.docText(field.field().path()));
        List<String> values = field.field().type().values();
        for (int i = 0; i < values.size(); i++) {
            type.addEnumConstant(field.enumConstants().get(i), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@code $L}\n", JavaLiterals.docText(values.get(i))).build());
        }
        return type.build();
    }

    private CodeBlock fieldSpecs() {
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(\n", List.class).indent();
        List<FieldModel> fields = model.fields();
        for (int i = 0; i < fields.size(); i++) {
            list.add("$L$L\n", fieldSpec(fields.get(i).field()), i + 1 < fields.size() ? "," : "");
        }
        return list.unindent().add(")").build();
    }

    /** The code of the runtime's view of a field, {@link RequestFormat#spec}. */
    private static CodeBlock fieldSpec(Field field) {
        dev.verdict.runtime.FieldSpec spec = RequestFormat.spec(field);
        CodeBlock values = CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(
                spec.enumValues().stream().map(JavaLiterals::string).toList(), ", "));
        return CodeBlock.of("new $T($L, $T.$L, $L, $L, $L, $L)", FIELD_SPEC,
                JavaLiterals.string(spec.path()), FieldKind.class, spec.kind().name(), values,
                JavaLiterals.longValue(spec.min()), JavaLiterals.longValue(spec.max()),
                        spec.optional());
    }

    private CodeBlock schemaRequired() {
        return model.fields().stream().map(f -> CodeBlock.of("$L", !f.field().optional()))
                .collect(CodeBlock.joining(", ", "{", "}"));
    }
}
