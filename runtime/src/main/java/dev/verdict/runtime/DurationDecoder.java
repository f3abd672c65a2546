package dev.verdict.runtime;

/** A duration string ({@code "3d"}, {@code "36h"}, {@code "30m"}) as whole minutes. */
final class DurationDecoder extends TextFormDecoder {

    DurationDecoder(FieldSpec field) {
        super(field, "must be a duration such as \"3d\", \"36h\" or \"30m\"");
    }

    @Override
    long parse(CharSequence text) {
        return Durations.parse(text);
    }

    @Override
    String refusal(ValueFormatException.Problem problem) {
        return switch (problem) {
            case NEGATIVE -> "must not be negative";
            case TOO_LARGE -> "is too large";
            default -> super.refusal(problem);
        };
    }
}
