/**
 * Stage 5, code generation: a checked policy to Java source with JavaPoet. Only writes Java;
 * never imports {@code interp}.
 *
 * <p>May import {@code ast}, {@code ir}, {@code request}, {@code schema} and {@code runtime}.
 */
package dev.verdict.codegen;
