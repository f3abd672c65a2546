/**
 * Test and history coverage of a policy: the rules, guards and {@code otherwise} requests
 * reached and decided, and each condition seen true and false; as a human summary and as
 * Cobertura XML mapped to policy lines.
 *
 * <p>May import {@code ast}, {@code format} (conditions as written), {@code interp},
 * {@code ir}, {@code report}, {@code runtime} and {@code syntax} (to pair written conditions
 * with their IR).
 */
package dev.verdict.coverage;
