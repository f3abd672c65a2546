package dev.verdict.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.runtime.Durations;
import dev.verdict.schema.Type;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Values print in the DSL's canonical syntax, with or without the currency. */
class ValueTextTest {

    @Test
    void formatsValuesCanonically() {
        ValueText usd = ValueText.withoutCurrency(2);
        assertEquals("10.00", usd.format(Type.MONEY, 1000));
        assertEquals("1000", ValueText.withoutCurrency(0).format(Type.MONEY, 1000));
        assertEquals("7d", usd.format(Type.DURATION, 7 * 24 * 60));
        assertEquals("36h", usd.format(Type.DURATION, 36 * 60));
        assertEquals("30m", usd.format(Type.DURATION, 30));
        assertEquals("30%", usd.format(Type.PERCENT, 30_00));
        assertEquals("12.5%", usd.format(Type.PERCENT, 12_50));
        assertEquals("false", usd.format(Type.BOOL, 0));
    }

    @Test
    void namesTheCurrencyWhenAskedTo() {
        assertEquals("5.00 USD", ValueText.withCurrency("USD", 2).format(Type.MONEY, 500));
        assertEquals("80 JPY", ValueText.withCurrency("JPY", 0).format(Type.MONEY, 80));
        assertEquals("0.05 USD", ValueText.withCurrency("USD", 2).format(Type.MONEY, 5));
    }

    @Test
    void namesEnumValuesAndKeepsStrayOrdinalsAsNumbers() {
        Type reason = Type.enumOf(List.of("size", "damaged"));
        ValueText text = ValueText.withoutCurrency(2);
        assertEquals("damaged", text.format(reason, 1));
        assertEquals("2", text.format(reason, 2));
        assertEquals("true", text.format(Type.BOOL, 1));
        assertEquals("-3", text.format(Type.integer(-5, 5), -3));
    }

    @Property(tries = 300)
    void moneyIsTheExactDecimalOfItsMinorUnits(@ForAll long units,
                                               @ForAll @IntRange(min = 0, max = 4) int decimals) {
        String exact = BigDecimal.valueOf(units, decimals).toPlainString();
        assertEquals(exact, ValueText.withoutCurrency(decimals).format(Type.MONEY, units));
        assertEquals(exact + " EUR",
                ValueText.withCurrency("EUR", decimals).format(Type.MONEY, units));
    }

    @Property(tries = 300)
    void percentagesDropTrailingZeros(@ForAll @LongRange(min = -100_00, max = 100_00) long value) {
        String exact = BigDecimal.valueOf(value, 2).stripTrailingZeros().toPlainString() + "%";
        assertEquals(exact, ValueText.withoutCurrency(2).format(Type.PERCENT, value));
    }

    @Property(tries = 300)
    void durationsReadBackAsTheSameMinutes(@ForAll @LongRange(min = 0) long minutes) {
        String text = ValueText.withoutCurrency(2).format(Type.DURATION, minutes);
        assertEquals(minutes, Durations.parse(text));
    }
}
