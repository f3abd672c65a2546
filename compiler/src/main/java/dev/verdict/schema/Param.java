package dev.verdict.schema;

/** A parameter of an outcome or obligation: {@code offer_partial_refund(percent)}. */
public record Param(String name, Type type) {
}
