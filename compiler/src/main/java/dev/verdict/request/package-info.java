/**
 * Request formats: JSON requests read into the values a checked policy evaluates.
 *
 * <p>May import {@code ir}, {@code schema} and {@code runtime}.
 */
package dev.verdict.request;
