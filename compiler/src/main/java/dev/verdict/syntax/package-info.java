/**
 * Stage 2, parsing: ANTLR parse trees to the {@code ast}, with syntax diagnostics (E01xx) and
 * recovery. The only package that sees parse trees.
 *
 * <p>May import {@code ast}, {@code diag}, the generated {@code grammar}, and {@code runtime}
 * (date and timestamp literals are read by the same exact reader as requests' values).
 */
package dev.verdict.syntax;
