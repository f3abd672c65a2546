package dev.verdict.ast;

/** A {@code #} comment, kept so that formatting never loses what the user wrote. */
public record Comment(String text, Span span) {
}
