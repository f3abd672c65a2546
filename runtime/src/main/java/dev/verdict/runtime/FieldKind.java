package dev.verdict.runtime;

/**
 * The kinds of request field, each carried as a {@code long} (see {@link FieldSpec}), except
 * strings, which requests carry as text.
 */
public enum FieldKind {
    ENUM, MONEY, INT, DURATION, BOOL, DATE, TIMESTAMP, STRING
}
