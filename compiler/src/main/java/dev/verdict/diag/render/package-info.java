/**
 * Renders diagnostics for people (source excerpts with carets) and for tools (one JSON line).
 *
 * <p>May import {@code ast} and {@code diag}.
 */
package dev.verdict.diag.render;
