/**
 * Stage 2, parsing: ANTLR parse trees to the {@code ast}, with syntax diagnostics (E01xx) and
 * recovery. The only package that sees parse trees.
 *
 * <p>May import {@code ast}, {@code diag} and the generated {@code grammar}.
 */
package dev.verdict.syntax;
