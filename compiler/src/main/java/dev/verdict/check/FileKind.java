package dev.verdict.check;

/** The two kinds of Verdict file; one grammar serves both, the checker tells them apart. */
enum FileKind {
    /** A merchant's {@code .policy}: headers, lists, settings, rules, {@code otherwise}, tests. */
    POLICY,
    /** A {@code .platform} profile: headers, defaults, limits, guards, forbids. */
    PROFILE
}
