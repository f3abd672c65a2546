/**
 * Stage 3, checking: a parsed policy and its parsed profile, against the schema, to a
 * {@code CheckedPolicy} and diagnostics (E02xx and some E01xx, E05xx). Reads no files.
 *
 * <p>May import {@code ast}, {@code diag}, {@code ir}, {@code schema} and {@code runtime};
 * never {@code syntax}: the pipeline hands it parsed inputs.
 */
package dev.verdict.check;
