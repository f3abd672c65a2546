package dev.verdict.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request schema, as a {@code .schema} file declares it: the fields, settings, outcomes,
 * obligations, lints and currencies that the checker, interpreter and generators derive from.
 */
public final class Schema {

    private final List<String> lineage;
    private final String doc;
    private final Map<String, Type> enums;
    private final Field amountField;
    private final List<Field> fields;
    private final List<Passthrough> passthrough;
    private final List<Setting> settings;
    private final List<OutcomeDef> outcomes;
    private final List<ObligationDef> obligations;
    private final Lints lints;
    private final Map<String, Integer> currencyDecimals;
    private final Map<String, Field> fieldsByPath = new LinkedHashMap<>();

    /**
     * A schema of these parts. {@code lineage} is its name, then the names of the schemas it
     * extends, nearest first; {@code enums} its named enum types in declaration order;
     * {@code amountField}, the money field outcomes refund (all of or a percentage of), may be
     * null when no outcome refunds anything.
     */
    public Schema(List<String> lineage, String doc, Map<String, Type> enums, String amountField,
                  List<Field> fields, List<Passthrough> passthrough, List<Setting> settings,
                  List<OutcomeDef> outcomes, List<ObligationDef> obligations, Lints lints,
                  Map<String, Integer> currencyDecimals) {
        this.lineage = List.copyOf(lineage);
        this.doc = doc;
        this.enums = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(enums));
        this.fields = List.copyOf(fields);
        this.passthrough = List.copyOf(passthrough);
        this.settings = List.copyOf(settings);
        this.outcomes = List.copyOf(outcomes);
        this.obligations = List.copyOf(obligations);
        this.lints = lints;
        this.currencyDecimals = Map.copyOf(currencyDecimals);
        for (Field field : fields) {
            fieldsByPath.put(field.path(), field);
        }
        this.amountField = amountField == null ? null : fieldsByPath.get(amountField);
        if (amountField != null
                && (this.amountField == null || this.amountField.type().kind() != Kind.MONEY)) {
            throw new IllegalArgumentException("schema " + name() + " lacks the money field "
                    + amountField);
        }
        outcomes.forEach(this::checkRefund);
    }

    private void checkRefund(OutcomeDef outcome) {
        if (outcome.refunds() != Refund.NONE && amountField == null) {
            throw new IllegalArgumentException("outcome " + outcome.name() + " refunds an amount, "
                    + "but schema " + name() + " names no amount field");
        }
        long percents = outcome.params().stream()
                .filter(p -> p.type().kind() == Kind.PERCENT).count();
        if (outcome.refunds() == Refund.PERCENT_OF_AMOUNT && percents != 1) {
            throw new IllegalArgumentException("outcome " + outcome.name() + " refunds a "
                    + "percent of the amount, so it needs exactly one percent parameter");
        }
    }

    public String name() {
        return lineage.get(0);
    }

    /** Whether this schema is {@code other}, or extends it (directly or not). */
    public boolean isOrExtends(String other) {
        return lineage.contains(other);
    }

    /** The named enum types, in declaration order: {@code reason}, {@code category}, ... */
    public Map<String, Type> enums() {
        return enums;
    }

    /** The schema's one-line description; empty when it has none. */
    public String doc() {
        return doc;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String path) {
        return Optional.ofNullable(path == null ? null : fieldsByPath.get(path));
    }

    /** The fields a request may carry that nothing decides on ({@code order_id}). */
    public List<Passthrough> passthrough() {
        return passthrough;
    }

    /**
     * The enum field that every outcome's applicability tests, when each one is a set of its
     * values ({@code request in [...]}) or always true: {@code request} in {@code aftersale}.
     */
    public Optional<Field> requestField() {
        Field found = null;
        for (OutcomeDef outcome : outcomes) {
            if (outcome.appliesAlways()) {
                continue;
            }
            Field field = outcome.applies().field();
            if (field == null || (found != null && !found.equals(field))) {
                return Optional.empty();
            }
            found = field;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The values of the {@link #requestField()} that {@code outcome} applies to, in declaration
     * order (every value when it always applies).
     *
     * @throws java.util.NoSuchElementException when the schema has no request field
     */
    public List<String> requestValues(OutcomeDef outcome) {
        Field request = requestField().orElseThrow();
        long mask = outcome.appliesAlways() ? request.type().allValues()
                : outcome.applies().mask();
        List<String> values = request.type().values();
        return values.stream().filter(v -> (mask & (1L << values.indexOf(v))) != 0).toList();
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
}
