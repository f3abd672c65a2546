package dev.verdict.runtime;

import java.math.BigDecimal;

/**
 * Money in minor units, exact: a string ({@code "79.99"}, {@code "79.99 USD"}) or a JSON number
 * read from its text as written, never through floating point.
 */
final class MoneyDecoder extends FieldDecoder {

    private final String currency;
    private final int decimals;

    MoneyDecoder(FieldSpec field, String currency, int decimals) {
        super(field);
        this.currency = currency;
        this.decimals = decimals;
    }

    @Override
    long decode(JsonType type, CharSequence text) {
        try {
            if (type == JsonType.STRING) {
                return Money.parse(text, decimals, currency);
            }
            if (type == JsonType.NUMBER) {
                return hasExponent(text) ? Money.of(new BigDecimal(text.toString()), decimals)
                        : Money.parse(text, decimals, currency);
            }
        } catch (ValueFormatException e) {
            throw switch (e.problem()) {
                case NEGATIVE -> invalid("must not be negative", type, text);
                case TOO_PRECISE -> new InvalidRequestException(field.path(), "`" + field.path()
                        + "` has more decimals than " + currency + " allows (" + decimals + ")");
                case TOO_LARGE -> invalid("is too large", type, text);
                case WRONG_CURRENCY -> invalid("must be in " + currency, type, text);
                case MALFORMED -> invalid("must be money such as \"79.99\"", type, text);
            };
        } catch (NumberFormatException e) {
            throw invalid("must be money such as \"79.99\"", type, text);
        }
        throw invalid("must be money such as \"79.99\"", type, text);
    }

    private static boolean hasExponent(CharSequence number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }
}
