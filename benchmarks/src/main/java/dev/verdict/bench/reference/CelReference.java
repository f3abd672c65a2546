package dev.verdict.bench.reference;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.verdict.bench.Contender;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference policy in Google CEL (cel-java): one expression, a chain of conditionals in
 * first-match order whose value is the position of the rule that fires. Each schema field is a
 * variable named by its path with {@code _} for {@code .} ({@code order_status}): enum values as
 * strings, numbers as ints (cents, minutes); optional fields are {@code dyn} and null when
 * absent, so each comparison with one first tests it against null.
 */
public final class CelReference implements Contender<Map<String, Object>> {

    static final String EXPRESSION = """
            request != 'cancel' && since_delivery != null && since_delivery > 43200
                && (!(reason in ['damaged', 'defective']) || since_delivery > 129600) ? 0
            : buyer_credit_score != null && buyer_credit_score < 60 && request != 'cancel' ? 1
            : buyer_refunds_30d >= 3 ? 2
            : request == 'cancel' && order_status in ['unpaid', 'awaiting_shipment']
                && amount < 5000 ? 3
            : request == 'cancel' && order_status == 'in_transit' && amount <= 100000 ? 4
            : category == 'jewelry' && since_delivery != null && since_delivery > 10080 ? 5
            : category == 'beauty' && item_opened != null && item_opened == true ? 6
            : request == 'refund_only' && amount < 1500 ? 7
            : request == 'return_and_refund' && return_shipping_fee > amount && amount < 4000 ? 8
            : reason == 'size' && category in ['womenswear', 'menswear', 'kids_fashion']
                && request == 'replacement' && amount < 15000 ? 9
            : reason == 'size' && amount < 8000 && request == 'return_and_refund' ? 10
            : reason in ['damaged', 'defective'] && amount < 3000
                && request in ['refund_only', 'return_and_refund'] ? 11
            : reason == 'not_received' && order_status == 'in_transit' ? 12
            : amount >= 50000 ? 13
            : since_delivery != null && since_delivery > 43200 ? 14
            : 15
            """;

    private static final Schema SCHEMA = Schemas.aftersale();

    private final CelRuntime.Program program;

    public CelReference() {
        var builder = CelFactory.standardCelBuilder().setResultType(SimpleType.INT);
        for (Field field : SCHEMA.fields()) {
            builder.addVar(variable(field), type(field));
        }
        Cel cel = builder.build();
        try {
            program = cel.createProgram(cel.compile(EXPRESSION).getAst());
        } catch (CelValidationException | CelEvaluationException e) {
            throw new IllegalStateException("the reference CEL expression does not compile", e);
        }
    }

    @Override
    public Map<String, Object> prepare(RequestValues request) {
        Map<String, Object> activation = new HashMap<>();
        for (Field field : SCHEMA.fields()) {
            activation.put(variable(field), value(field, request));
        }
        return activation;
    }

    @Override
    public Decision decide(Map<String, Object> activation) {
        try {
            return ReferenceDecisions.at(((Long) program.eval(activation)).intValue());
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("CEL could not decide " + activation, e);
        }
    }

    private static String variable(Field field) {
        return field.path().replace('.', '_');
    }

    private static CelType type(Field field) {
        if (field.optional()) {
            return SimpleType.DYN;
        }
        return switch (field.type().kind()) {
            case ENUM -> SimpleType.STRING;
            case BOOL -> SimpleType.BOOL;
            default -> SimpleType.INT;
        };
    }

    private static Object value(Field field, RequestValues request) {
        int index = field.index();
        if (!request.isPresent(index)) {
            return NullValue.NULL_VALUE;
        }
        long value = request.value(index);
        return switch (field.type().kind()) {
            case ENUM -> field.type().values().get((int) value);
            case BOOL -> value != 0;
            default -> value;
        };
    }
}
