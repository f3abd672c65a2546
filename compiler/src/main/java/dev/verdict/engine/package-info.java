/**
 * Engines that evaluate a checked policy: compiled in memory from generated source, or
 * interpreted.
 *
 * <p>May import {@code codegen}, {@code interp}, {@code ir}, {@code runtime}, and
 * {@code syntax} for the stack size its javac thread needs.
 */
package dev.verdict.engine;
