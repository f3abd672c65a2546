/**
 * The pipeline: the one place the stages are chained (parse, find the profile, check,
 * analyse).
 *
 * <p>May import {@code analysis}, {@code ast}, {@code check}, {@code diag}, {@code ir},
 * {@code schema}, {@code source} and {@code syntax}.
 */
package dev.verdict.pipeline;
