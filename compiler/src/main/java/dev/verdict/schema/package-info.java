/**
 * The typed request schema (fields, outcomes, obligations, settings, lints) every stage checks
 * against, as the checker builds it from {@code .schema} files. An outcome's applicability is
 * held as its text, its enum field and values, and an opaque {@link Condition} (the checker's
 * lowered expression).
 *
 * <p>May import {@code ast} only: a setting's default is kept as written (an {@code ast}
 * operand), lowered where a policy's currency is known.
 */
package dev.verdict.schema;
