/**
 * Diagnostics: the catalogue of codes, the {@code Diagnostic} record with its related places,
 * and one factory class per family of codes, which writes each message and help once.
 *
 * <p>May import {@code ast} only (for spans); renderers live in {@code diag.render} and
 * {@code diag.sarif}.
 */
package dev.verdict.diag;
