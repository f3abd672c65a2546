package dev.verdict.request;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.FieldKind;
import dev.verdict.runtime.FieldSpec;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.UnknownFields;
import dev.verdict.schema.Field;
import dev.verdict.schema.Passthrough;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request to one policy must look like: the schema's fields as the runtime sees them
 * ({@link FieldSpec}, by field index), which of them a request must carry (those the schema
 * requires and the policy reads, SPEC §11), and a {@link RequestReader} built from both.
 */
public final class RequestFormat {

    private final List<FieldSpec> fields;
    private final boolean[] required;
    private final String currency;
    private final int decimals;
    private final Set<String> passthrough;
    private final UnknownFields unknown;
    private final RequestReader reader;

    private RequestFormat(List<FieldSpec> fields, boolean[] required, String currency,
                          int decimals, Set<String> passthrough, UnknownFields unknown) {
        this.fields = fields;
        this.required = required;
        this.currency = currency;
        this.decimals = decimals;
        this.passthrough = passthrough;
        this.unknown = unknown;
        this.reader = reader(required);
    }

    /** The request format of a checked policy, in its currency; unknown fields are refused. */
    public static RequestFormat of(CheckedPolicy policy) {
        return of(policy, UnknownFields.REJECT);
    }

    /**
     * The request format of a checked policy, in its currency: the schema's pass-through fields
     * are skipped, other unknown fields refused or skipped as {@code unknown} says.
     */
    public static RequestFormat of(CheckedPolicy policy, UnknownFields unknown) {
        List<Field> schemaFields = policy.schema().fields();
        boolean[] required = new boolean[schemaFields.size()];
        for (Field field : schemaFields) {
            required[field.index()] = !field.optional() && policy.reads().contains(field);
        }
        List<FieldSpec> specs = schemaFields.stream().map(RequestFormat::spec).toList();
        Set<String> passthrough = policy.schema().passthrough().stream()
                .map(Passthrough::path).collect(Collectors.toUnmodifiableSet());
        return new RequestFormat(specs, required, policy.currency(), policy.currencyDecimals(),
                passthrough, unknown);
    }

    /** The runtime's view of a schema field. */
    public static FieldSpec spec(Field field) {
        FieldKind kind = switch (field.type().kind()) {
            case ENUM -> FieldKind.ENUM;
            case MONEY -> FieldKind.MONEY;
            case INT -> FieldKind.INT;
            case DURATION -> FieldKind.DURATION;
            case BOOL -> FieldKind.BOOL;
            case DATE -> FieldKind.DATE;
            case TIMESTAMP -> FieldKind.TIMESTAMP;
            case STRING -> FieldKind.STRING;
            case PERCENT -> throw new IllegalArgumentException("request field `"
                    + field.path() + "` has type " + field.type().describe()
                    + ", which requests cannot carry");
        };
        return new FieldSpec(field.path(), kind, field.type().values(), field.type().min(),
                field.type().max(), field.optional());
    }

    /** Every schema field, by index. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** By field index: whether a request must carry the field. A copy. */
    public boolean[] required() {
        return required.clone();
    }

    public boolean isRequired(int field) {
        return required[field];
    }

    /** Reads map-shaped requests (parsed JSON) for this policy. */
    public RequestReader reader() {
        return reader;
    }

    /** A reader like {@link #reader()} that requires the fields {@code required} marks. */
    public RequestReader reader(boolean[] required) {
        return recipe(required).reader();
    }

    /** What {@link #reader(boolean[])} is made of, to be sent to another machine. */
    public ReaderRecipe recipe(boolean[] required) {
        return new ReaderRecipe(fields, currency, decimals, required, passthrough, unknown);
    }
}
