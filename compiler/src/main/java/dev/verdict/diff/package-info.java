/**
 * {@code verdict diff} reports: the changes of a policy diff in human, JSON and Markdown form,
 * with a history's tallies.
 *
 * <p>May import {@code analysis}, {@code runtime} and {@code simulate}.
 */
package dev.verdict.diff;
