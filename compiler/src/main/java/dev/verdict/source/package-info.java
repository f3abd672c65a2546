/**
 * Finding the files a policy refers to: a bundled name or a path, read and parsed for the
 * checker. The one rule for "bundled name or path" lives here, for the CLI and the Maven plugin.
 *
 * Schemas are found here too ({@link dev.verdict.source.Schemas}), and checked once each. The
 * one rule for where a policy's paths may lead, {@link dev.verdict.source.ProjectTree}, serves
 * the CLI, the Maven plugin, the loader and the language server.
 *
 * <p>May import {@code ast}, {@code diag}, {@code syntax}, {@code check} (for its inputs) and
 * {@code schema} (the schemas it gives).
 */
package dev.verdict.source;
