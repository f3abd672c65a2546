package dev.verdict.source;

/** The text of a referenced file, and how diagnostics name it. */
public record SourceText(String displayPath, String text) {
}
