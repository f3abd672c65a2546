package dev.verdict.runtime;

/**
 * A request that cannot be decided: a missing, unknown or mistyped field, named in {@link
 * #field()}.
 */
public final class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The dotted path of the offending field, or null when the request as a whole is wrong. */
    public String field() {
        return field;
    }
}
