package dev.verdict.bench.request;

import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Schema;
import dev.verdict.source.Schemas;

/**
 * Reads a request's values by field path, the way a peer's input is built from them: enum
 * values by name, numbers as they are stored (cents, minutes), absent optional fields as null.
 */
public final class RequestView {

    private static final Schema SCHEMA = Schemas.aftersale();

    private final RequestValues values;

    public RequestView(RequestValues values) {
        this.values = values;
    }

    /** The enum field's value by name. */
    public String name(String path) {
        Field field = field(path);
        return field.type().values().get((int) values.value(field.index()));
    }

    public long number(String path) {
        return values.value(field(path).index());
    }

    public int integer(String path) {
        return Math.toIntExact(number(path));
    }

    public boolean flag(String path) {
        return number(path) != 0;
    }

    /** The optional field's value, or null when the request lacks it. */
    public Long optionalNumber(String path) {
        return present(path) ? number(path) : null;
    }

    /** The optional field's value, or null when the request lacks it. */
    public Integer optionalInteger(String path) {
        return present(path) ? integer(path) : null;
    }

    /** The optional field's value, or null when the request lacks it. */
    public Boolean optionalFlag(String path) {
        return present(path) ? flag(path) : null;
    }

    public boolean present(String path) {
        return values.isPresent(field(path).index());
    }

    private static Field field(String path) {
        return SCHEMA.field(path)
                .orElseThrow(() -> new IllegalArgumentException("no field `" + path + "`"));
    }
}
