/**
 * Stage 4, analysis: exact reasoning over regions of requests on a checked policy (unreachable
 * rules, platform limits, risky outcomes), each finding with an example request.
 *
 * <p>May import {@code ast}, {@code diag}, {@code ir}, {@code schema} and {@code runtime}.
 */
package dev.verdict.analysis;
