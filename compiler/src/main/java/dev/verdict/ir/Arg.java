package dev.verdict.ir;

import dev.verdict.schema.Type;

/**
 * A checked action argument: its type, its value as a long (percent in hundredths, money in
 * minor units, enum ordinal; 0 for strings) and its canonical text ({@code 30%},
 * {@code 5.00 USD}, {@code unboxing_video}, or the string itself) as decisions print it.
 */
public record Arg(Type type, long value, String text) {
}
