package dev.verdict.ast;

/** A name as written: an identifier, or a string when {@code quoted}. */
public record Name(String text, boolean quoted, Span span) {
}
