/**
 * The interpreter: the reference semantics of a checked policy, the oracle every other
 * evaluator is tested against.
 *
 * <p>May import {@code ast} (its operators), {@code ir}, {@code schema} and {@code runtime}.
 */
package dev.verdict.interp;
