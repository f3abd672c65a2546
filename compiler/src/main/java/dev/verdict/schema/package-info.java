/**
 * The typed request schema (fields, outcomes, obligations, settings, lints) every stage checks
 * against; the bundled after-sales schema is read from JSON.
 *
 * <p>Imports no other Verdict package.
 */
package dev.verdict.schema;
