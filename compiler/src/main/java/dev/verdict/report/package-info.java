/**
 * Reports for CI: JUnit XML of policy tests, and markup escaping shared by the XML and HTML
 * reports.
 *
 * <p>May import {@code ast}, {@code format}, {@code interp}, {@code ir} and {@code runtime}.
 */
package dev.verdict.report;
