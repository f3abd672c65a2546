/**
 * Simulation: a policy (or two) over many requests, with tallies and reports in text, JSON and
 * HTML.
 *
 * <p>May import {@code diag} (its renderers), {@code explain}, {@code ir}, {@code request},
 * {@code schema}, {@code runtime}, {@code report} (markup), and {@code analysis} and
 * {@code interp} (to count a history against the changes of a policy diff).
 */
package dev.verdict.simulate;
