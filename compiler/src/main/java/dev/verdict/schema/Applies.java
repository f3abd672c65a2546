package dev.verdict.schema;

/**
 * Where an outcome applies (SPEC §4). {@code condition} is its condition as written (null:
 * always); {@code lowered} is the same condition as the checker lowered it; when the condition
 * is a set of values of one enum field ({@code request in [...]}), {@code field} is that field
 * and {@code mask} those values (else {@code field} is null).
 */
public record Applies(String condition, Condition lowered, Field field, long mask) {

    /** Applies to every request. */
    public static final Applies ALWAYS = new Applies(null, null, null, 0);

    public boolean always() {
        return condition == null;
    }
}
