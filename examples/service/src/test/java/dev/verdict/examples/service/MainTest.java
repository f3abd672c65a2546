package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void thePortIsTheGivenNumberOr8080() {
        assertEquals(9000, Main.port(" 9000 "));
        assertEquals(0, Main.port("0"));
        assertEquals(8080, Main.port(null));
        assertEquals(8080, Main.port(""));
    }

    @Test
    void aPortThatIsNotOneIsRefusedNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Main.port("http"));
        assertEquals("the port must be a number from 0 to 65535, not `http`", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Main.port("65536"));
        assertThrows(IllegalArgumentException.class, () -> Main.port("-1"));
    }
}
