package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"30m, 30", "36h, 2160", "3d, 4320", "0d, 0", "0m, 0", "7d, 10080", "90m, 90"})
    void parsesWholeMinutes(String text, long minutes) {
        assertEquals(minutes, Durations.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"3, MALFORMED", "d, MALFORMED", "'', MALFORMED", "3w, MALFORMED", "1.5d, MALFORMED",
                "3 d, MALFORMED", "3D, MALFORMED", "-3d, NEGATIVE", "-d, MALFORMED",
                "99999999999999999999d, TOO_LARGE", "6405119470038039d, TOO_LARGE"})
    void reportsWhatIsWrong(String text, ValueFormatException.Problem problem) {
        ValueFormatException e = assertThrows(ValueFormatException.class,
                () -> Durations.parse(text));
        assertEquals(problem, e.problem());
    }

    @ParameterizedTest
    @CsvSource({"10080, 7d", "1440, 1d", "2160, 36h", "60, 1h", "90, 90m", "1, 1m", "0, 0d"})
    void formatsInTheLargestUnitThatDivides(long minutes, String text) {
        assertEquals(text, Durations.format(minutes));
    }

    @Test
    void formattedDurationsReadBack() {
        for (long minutes = 0; minutes < 5 * Durations.DAY; minutes += 13) {
            assertEquals(minutes, Durations.parse(Durations.format(minutes)));
        }
    }
}
