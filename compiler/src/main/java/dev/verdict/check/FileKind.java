package dev.verdict.check;

/** The three kinds of Verdict file; one grammar serves all, the checker tells them apart. */
enum FileKind {
    /** A merchant's {@code .policy}: headers, lists, settings, rules, {@code otherwise}, tests. */
    POLICY,
    /** A {@code .platform} profile: headers, defaults, limits, guards, forbids. */
    PROFILE,
    /** A {@code .schema}: its header, currencies, enums, fields, settings, outcomes, lints. */
    SCHEMA
}
