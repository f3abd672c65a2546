package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"79.99, 2, 7999", "80, 2, 8000", "0.5, 2, 50", "0, 2, 0", "79.990, 2, 7999",
                "1200, 0, 1200", "1.234, 3, 1234", "79.99 USD, 2, 7999", "007, 2, 700",
                "92233720368547758.07, 2, 9223372036854775807"})
    void parsesDecimalTextExactly(String text, int decimals, long minorUnits) {
        assertEquals(minorUnits, Money.parse(text, decimals, "USD"));
    }

    @ParameterizedTest
    @CsvSource({"abc, MALFORMED", "'', MALFORMED", "1.2.3, MALFORMED", ".5, MALFORMED",
                "5., MALFORMED", "' 5', MALFORMED", "'5 ', MALFORMED", "5 usd, MALFORMED",
                "1e3, MALFORMED", "+5, MALFORMED", "-, MALFORMED", "-5, NEGATIVE",
                "-0.01, NEGATIVE", "79.999, TOO_PRECISE", "79.9901, TOO_PRECISE",
                "5.00 EUR, WRONG_CURRENCY", "5 US, WRONG_CURRENCY", "-x, MALFORMED",
                "92233720368547758.08, TOO_LARGE", "99999999999999999999999, TOO_LARGE"})
    void reportsWhatIsWrongWithText(String text, ValueFormatException.Problem problem) {
        ValueFormatException e = assertThrows(ValueFormatException.class,
                () -> Money.parse(text, 2, "USD"));
        assertEquals(problem, e.problem());
    }

    @Test
    void aCurrencyWithoutDecimalsTakesNoFraction() {
        assertEquals(80, Money.parse("80", 0, "JPY"));
        assertEquals(80, Money.parse("80.0", 0, "JPY"));
        ValueFormatException e = assertThrows(ValueFormatException.class,
                () -> Money.parse("80.5", 0, "JPY"));
        assertEquals(ValueFormatException.Problem.TOO_PRECISE, e.problem());
    }

    @Test
    void readsExactDecimals() {
        assertEquals(7999, Money.of(new BigDecimal("79.99"), 2));
        assertEquals(7999, Money.of(new BigDecimal("79.9900"), 2));
        assertEquals(8000, Money.of(new BigDecimal("8E+1"), 2));
        assertEquals(0, Money.of(new BigDecimal("0E-10"), 2));
        assertEquals(ValueFormatException.Problem.TOO_PRECISE, problemOf("79.999"));
        assertEquals(ValueFormatException.Problem.NEGATIVE, problemOf("-1"));
        assertEquals(ValueFormatException.Problem.TOO_LARGE, problemOf("1E+999999999"));
        assertEquals(ValueFormatException.Problem.TOO_LARGE, problemOf("92233720368547758.08"));
    }

    private static ValueFormatException.Problem problemOf(String decimal) {
        BigDecimal amount = new BigDecimal(decimal);
        return assertThrows(ValueFormatException.class, () -> Money.of(amount, 2)).problem();
    }

    @ParameterizedTest
    @CsvSource({"500, 2, 5.00", "7999, 2, 79.99", "5, 2, 0.05", "0, 2, 0.00", "1200, 0, 1200",
                "-5, 2, -0.05", "-12345, 2, -123.45", "7, 3, 0.007"})
    void formatsMinorUnits(long minorUnits, int decimals, String text) {
        assertEquals(text, Money.format(minorUnits, decimals));
    }

    @Test
    void formatsWithTheCurrencyCode() {
        assertEquals("5.00 USD", Money.format(500, 2, "USD"));
        assertEquals("500 JPY", Money.format(500, 0, "JPY"));
    }

    @Test
    void formattedAmountsReadBackToTheSameValue() {
        for (int decimals = 0; decimals <= 3; decimals++) {
            for (long units = 0; units < 20_000; units += 7) {
                assertEquals(units, Money.parse(Money.format(units, decimals), decimals, "USD"));
                String withCode = Money.format(units, decimals, "USD");
                assertEquals(units, Money.parse(withCode, decimals, "USD"));
            }
            String largest = Money.format(Long.MAX_VALUE, decimals);
            assertEquals(Long.MAX_VALUE, Money.parse(largest, decimals, "X"));
        }
    }
}
