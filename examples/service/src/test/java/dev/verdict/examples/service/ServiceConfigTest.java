package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    @Test
    void thePortIsTheGivenNumberOr8080() {
        assertEquals(9000, ServiceConfig.port(" 9000 "));
        assertEquals(0, ServiceConfig.port("0"));
        assertEquals(8080, ServiceConfig.port(null));
        assertEquals(8080, ServiceConfig.port(""));
    }

    @Test
    void aPortThatIsNotOneIsRefusedNamingIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ServiceConfig.port("http"));
        assertEquals("the port must be a number from 0 to 65535, not `http`", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.port("65536"));
        assertThrows(IllegalArgumentException.class, () -> ServiceConfig.port("-1"));
    }
}
