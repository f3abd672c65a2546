/**
 * The formatter: a parsed file back to canonical text, keeping every comment.
 *
 * <p>May import {@code ast}, {@code diag} and {@code syntax}.
 */
package dev.verdict.format;
