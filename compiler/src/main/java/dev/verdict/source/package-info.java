/**
 * Finding the files a policy refers to: a bundled name or a path, read and parsed for the
 * checker. The one rule for "bundled name or path" lives here, for the CLI and the Maven plugin.
 *
 * <p>May import {@code ast}, {@code diag}, {@code syntax} and {@code check} (for its inputs).
 */
package dev.verdict.source;
