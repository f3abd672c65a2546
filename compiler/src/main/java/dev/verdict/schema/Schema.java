package dev.verdict.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request schema, loaded from a data file ({@code aftersale.json}): the fields, settings,
 * outcomes, obligations and currencies that the checker, interpreter and generators derive from.
 */
public final class Schema {

    private final String name;
    private final Field requestField;
    private final Field amountField;
    private final List<Field> fields;
    private final List<Setting> settings;
    private final List<OutcomeDef> outcomes;
    private final List<ObligationDef> obligations;
    private final Lints lints;
    private final Map<String, Integer> currencyDecimals;
    private final Map<String, Field> fieldsByPath = new LinkedHashMap<>();

    Schema(String name, String requestField, String amountField, List<Field> fields,
           List<Setting> settings, List<OutcomeDef> outcomes, List<ObligationDef> obligations,
           Lints lints, Map<String, Integer> currencyDecimals) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.settings = List.copyOf(settings);
        this.outcomes = List.copyOf(outcomes);
        this.obligations = List.copyOf(obligations);
        this.lints = lints;
        this.currencyDecimals = Map.copyOf(currencyDecimals);
        for (Field field : fields) {
            fieldsByPath.put(field.path(), field);
        }
        this.requestField = fieldsByPath.get(requestField);
        if (this.requestField == null || this.requestField.type().kind() != Kind.ENUM) {
            throw new IllegalArgumentException("schema " + name + " lacks the enum field "
                    + requestField);
        }
        this.amountField = amountField == null ? null : fieldsByPath.get(amountField);
        if (amountField != null
                && (this.amountField == null || this.amountField.type().kind() != Kind.MONEY)) {
            throw new IllegalArgumentException("schema " + name + " lacks the money field "
                    + amountField);
        }
        outcomes.forEach(this::checkRefund);
    }

    private void checkRefund(OutcomeDef outcome) {
        if (outcome.refunds() != Refund.NONE && amountField == null) {
            throw new IllegalArgumentException("outcome " + outcome.name() + " refunds an amount, "
                    + "but schema " + name + " names no amountField");
        }
        long percents = outcome.params().stream()
                .filter(p -> p.type().kind() == Kind.PERCENT).count();
        if (outcome.refunds() == Refund.PERCENT_OF_AMOUNT && percents != 1) {
            throw new IllegalArgumentException("outcome " + outcome.name() + " refunds a "
                    + "percent of the amount, so it needs exactly one percent parameter");
        }
    }

    /** The bundled after-sales schema (SPEC §8). */
    public static Schema aftersale() {
        return SchemaLoader.AFTERSALE;
    }

    public String name() {
        return name;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String path) {
        return Optional.ofNullable(fieldsByPath.get(path));
    }

    /** The enum field that names the kind of request; outcomes apply to some of its values. */
    public Field requestField() {
        return requestField;
    }

    /**
     * The money field that is the amount a request asks for, which outcomes refund (all or a
     * percentage of; see {@link OutcomeDef#refunds()}); empty when the schema names none.
     */
    public Optional<Field> amountField() {
        return Optional.ofNullable(amountField);
    }

    public List<Setting> settings() {
        return settings;
    }

    public Optional<Setting> setting(String settingName) {
        return settings.stream().filter(s -> s.name().equals(settingName)).findFirst();
    }

    public List<OutcomeDef> outcomes() {
        return outcomes;
    }

    public Optional<OutcomeDef> outcome(String outcomeName) {
        return outcomes.stream().filter(o -> o.name().equals(outcomeName)).findFirst();
    }

    public List<ObligationDef> obligations() {
        return obligations;
    }

    public Optional<ObligationDef> obligation(String obligationName) {
        return obligations.stream().filter(o -> o.name().equals(obligationName)).findFirst();
    }

    public Lints lints() {
        return lints;
    }

    /** The decimals of each known ISO currency code: USD 2, JPY 0, ... */
    public Map<String, Integer> currencyDecimals() {
        return currencyDecimals;
    }

    /** The mask of {@code request} values an outcome applies to. */
    public long applicability(OutcomeDef outcome) {
        long mask = 0;
        for (String value : outcome.appliesTo()) {
            mask |= 1L << requestField.type().ordinal(value);
        }
        return mask;
    }
}
