package dev.verdict.schema;

import dev.verdict.ast.Operand;

/**
 * A policy setting such as {@code return_window}: set by the policy, capped by the platform.
 * {@code defaultValue} is the schema's default as written (null: none), used when neither the
 * policy nor its profile gives a value; {@code file} is the schema file that declares it.
 */
public record Setting(int index, String name, Type type, String doc, Operand defaultValue,
                      String file) {
}
