package dev.verdict.schema;

/** A policy setting such as {@code return_window}: set by the policy, capped by the platform. */
public record Setting(int index, String name, Type type, String doc) {
}
