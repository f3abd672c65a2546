/**
 * Renders diagnostics as SARIF 2.1.0 for code-scanning tools.
 *
 * <p>May import {@code ast}, {@code diag} and {@code diag.render}.
 */
package dev.verdict.diag.sarif;
