package dev.verdict.runtime;

/** The kinds of request field, each carried as a {@code long} (see {@link FieldSpec}). */
public enum FieldKind {
    ENUM, MONEY, INT, DURATION, BOOL
}
