/**
 * The checked form of a policy that the later stages share: rules with typed expressions over
 * schema fields, settings, limits, tests.
 *
 * <p>May import {@code ast}, {@code schema} and {@code runtime}.
 */
package dev.verdict.ir;
