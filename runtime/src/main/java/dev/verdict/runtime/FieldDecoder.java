package dev.verdict.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns one JSON-shaped value into a field's {@code long}, or says in words what is wrong. */
final class FieldDecoder {

    private final String currency;
    private final int decimals;

    FieldDecoder(String currency, int decimals) {
        this.currency = currency;
        this.decimals = decimals;
    }

    long decode(FieldSpec field, Object value) {
        return switch (field.kind()) {
            case ENUM -> enumValue(field, value);
            case MONEY -> money(field, value);
            case INT -> integer(field, value);
            case DURATION -> duration(field, value);
            case BOOL -> bool(field, value);
            case DATE -> date(field, value);
            case TIMESTAMP -> timestamp(field, value);
            case STRING -> throw new IllegalArgumentException("strings are text: see text()");
        };
    }

    /** The text of a string field. */
    String text(FieldSpec field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw invalid(field, "must be a string", value);
    }

    private static long date(FieldSpec field, Object value) {
        if (value instanceof CharSequence text) {
            try {
                return Dates.parseDate(text);
            } catch (ValueFormatException e) {
                // worded below
            }
        }
        throw invalid(field, "must be a date such as \"2026-11-27\"", value);
    }

    private static long timestamp(FieldSpec field, Object value) {
        if (value instanceof CharSequence text) {
            try {
                return Dates.parseTimestamp(text);
            } catch (ValueFormatException e) {
                if (e.problem() == ValueFormatException.Problem.TOO_PRECISE) {
                    throw invalid(field, "has digits below the millisecond", value);
                }
            }
        }
        throw invalid(field, "must be a timestamp with an offset such as "
                + "\"2026-11-27T09:30:00Z\" or \"2026-11-27T04:30-05:00\"", value);
    }

    private long enumValue(FieldSpec field, Object value) {
        if (!(value instanceof String name)) {
            throw invalid(field, "must be one of: " + String.join(", ", field.enumValues()), value);
        }
        int ordinal = field.enumValues().indexOf(name);
        if (ordinal < 0) {
            throw new InvalidRequestException(field.path(), "unknown value `" + name + "` for `"
                    + field.path() + "` (expected one of: " + String.join(", ", field.enumValues())
                    + ")");
        }
        return ordinal;
    }

    private long money(FieldSpec field, Object value) {
        try {
            if (value instanceof CharSequence text) {
                return Money.parse(text, decimals, currency);
            }
            BigDecimal exact = exactDecimal(value);
            if (exact != null) {
                return Money.of(exact, decimals);
            }
        } catch (ValueFormatException e) {
            throw switch (e.problem()) {
                case NEGATIVE -> invalid(field, "must not be negative", value);
                case TOO_PRECISE -> new InvalidRequestException(field.path(), "`" + field.path()
                        + "` has more decimals than " + currency + " allows (" + decimals + ")");
                case TOO_LARGE -> invalid(field, "is too large", value);
                case WRONG_CURRENCY -> invalid(field, "must be in " + currency, value);
                case MALFORMED -> invalid(field, "must be money such as \"79.99\"", value);
            };
        }
        throw invalid(field, "must be money such as \"79.99\"", value);
    }

    private static long integer(FieldSpec field, Object value) {
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else if (value instanceof BigInteger big && big.bitLength() < 64) {
            number = big.longValue();
        } else if (value instanceof BigInteger) {
            throw invalid(field, "must be " + range(field), value);
        } else {
            throw invalid(field, "must be an integer", value);
        }
        if (number < field.min() || number > field.max()) {
            throw invalid(field, "must be " + range(field), value);
        }
        return number;
    }

    private static long duration(FieldSpec field, Object value) {
        if (value instanceof CharSequence text) {
            try {
                return Durations.parse(text);
            } catch (ValueFormatException e) {
                switch (e.problem()) {
                    case NEGATIVE -> throw invalid(field, "must not be negative", value);
                    case TOO_LARGE -> throw invalid(field, "is too large", value);
                    default -> {
                    }
                }
            }
        }
        throw invalid(field, "must be a duration such as \"3d\", \"36h\" or \"30m\"", value);
    }

    private static long bool(FieldSpec field, Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw invalid(field, "must be true or false", value);
    }

    /** The exact value of a JSON number; doubles are read from their shortest decimal text. */
    private static BigDecimal exactDecimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
        }
        return null;
    }

    private static String range(FieldSpec field) {
        if (field.max() == Long.MAX_VALUE) {
            return "at least " + field.min();
        }
        if (field.min() == Long.MIN_VALUE) {
            return "at most " + field.max();
        }
        return "between " + field.min() + " and " + field.max();
    }

    private static InvalidRequestException invalid(FieldSpec field, String problem, Object value) {
        return new InvalidRequestException(field.path(), "`" + field.path() + "` " + problem
                + ", found " + Json.describe(value));
    }
}
