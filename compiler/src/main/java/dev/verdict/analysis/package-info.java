/**
 * Stage 4, analysis: exact reasoning over regions of requests on a checked policy (unreachable
 * rules, platform limits, risky outcomes), each finding with an example request; and the exact
 * semantic difference of two versions of a policy.
 *
 * <p>May import {@code ast}, {@code diag}, {@code ir}, {@code schema}, {@code runtime} and
 * {@code interp} (for the decisions rules make, which a policy diff compares).
 */
package dev.verdict.analysis;
