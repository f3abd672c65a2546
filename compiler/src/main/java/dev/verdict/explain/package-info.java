/**
 * Explanations of one decision: which rules were tried and why each matched or not.
 *
 * <p>May import {@code format}, {@code interp}, {@code ir}, {@code schema} and {@code runtime}.
 */
package dev.verdict.explain;
