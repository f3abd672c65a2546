/**
 * Simulation: a policy (or two) over many requests, with tallies and reports in text, JSON and
 * HTML.
 *
 * <p>May import {@code diag} (its renderers), {@code explain}, {@code ir}, {@code request},
 * {@code schema} and {@code runtime}.
 */
package dev.verdict.simulate;
