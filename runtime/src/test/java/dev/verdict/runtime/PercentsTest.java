package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentsTest {

    @ParameterizedTest
    @CsvSource({"3000, 30%", "1250, 12.5%", "1234, 12.34%", "5, 0.05%", "50, 0.5%", "0, 0%",
                "10000, 100%", "-1250, -12.5%", "-50, -0.5%"})
    void formatsHundredthsWithoutTrailingZeros(long hundredths, String text) {
        assertEquals(text, Percents.format(hundredths));
    }
}
