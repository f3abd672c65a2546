/**
 * Stage 1, the syntax tree: sealed records for declarations, conditions and operands, each with
 * its {@code Span}; printing lives in {@code format}.
 *
 * <p>Imports no other Verdict package.
 */
package dev.verdict.ast;
