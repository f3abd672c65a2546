package dev.verdict.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsDatesAndTimestampsWithTheirOffsets() {
        assertEquals(LocalDate.of(2026, 11, 27).toEpochDay(), Dates.parseDate("2026-11-27"));
        long utc = Instant.parse("2026-11-27T05:00:00Z").toEpochMilli();
        assertEquals(utc, Dates.parseTimestamp("2026-11-27T00:00-05:00"));
        assertEquals(utc, Dates.parseTimestamp("2026-11-27T05:00Z"));
        assertEquals(utc + 1_500, Dates.parseTimestamp("2026-11-27T05:00:01.5Z"));
        assertEquals(utc + 1_005, Dates.parseTimestamp("2026-11-27T10:30:01.005+05:30"));
    }

    @Test
    void refusesWhatIsNotExactlyADateOrATimestamp() {
        for (String bad : new String[] {"2026-02-30", "2026-13-01", "26-11-27", "2026-11-27 ",
                "0000-12-31", "2026/11/27", ""}) {
            assertEquals(ValueFormatException.Problem.MALFORMED, assertThrows(
                    ValueFormatException.class, () -> Dates.parseDate(bad)).problem(), bad);
        }
        for (String bad : new String[] {"2026-11-27T00:00", "2026-11-27T24:00Z",
                "2026-11-27T00:00+5:00", "2026-11-27T00:00+19:00", "2026-11-27t00:00Z",
                "2026-11-27T00:00:00.Z", "0001-01-01T00:00+01:00"}) {
            assertEquals(ValueFormatException.Problem.MALFORMED, assertThrows(
                    ValueFormatException.class, () -> Dates.parseTimestamp(bad)).problem(), bad);
        }
        assertEquals(ValueFormatException.Problem.TOO_PRECISE, assertThrows(
                ValueFormatException.class,
                () -> Dates.parseTimestamp("2026-11-27T00:00:00.0001Z")).problem());
    }

    @Test
    void writesTimestampsInUtcWithoutZeroSecondsOrMilliseconds() {
        assertEquals("2026-11-27T05:00Z", Dates.formatTimestamp(
                Dates.parseTimestamp("2026-11-27T00:00-05:00")));
        assertEquals("2026-11-27T05:00:01.050Z", Dates.formatTimestamp(
                Dates.parseTimestamp("2026-11-27T05:00:01.05Z")));
        assertEquals("1969-12-31T23:59:59.999Z", Dates.formatTimestamp(-1));
    }

    @Test
    void formattedValuesReadBack() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long at = Dates.MIN_MILLIS + Math.floorMod(random.nextLong(),
                    Dates.MAX_MILLIS - Dates.MIN_MILLIS + 1);
            assertEquals(at, Dates.parseTimestamp(Dates.formatTimestamp(at)));
            long day = Math.floorDiv(at, Dates.DAY_MILLIS);
            assertEquals(day, Dates.parseDate(Dates.formatDate(day)));
        }
    }
}
