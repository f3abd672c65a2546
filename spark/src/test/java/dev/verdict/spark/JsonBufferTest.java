package dev.verdict.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rows are written as JSON requests: strings escaped in UTF-8, numbers exact. */
class JsonBufferTest {

    @Test
    void writesStringsEscapedInUtf8AndNumbersExactly() {
        JsonBuffer out = new JsonBuffer();
        out.ascii('[').string("a\"b\\c\n\u00e9\u20ac\ud83d\ude00").ascii(',').number(0)
                .ascii(',').number(-120).ascii(',').number(Long.MIN_VALUE).ascii(']');
        assertEquals("[\"a\\\"b\\\\c\\u000a\u00e9\u20ac\ud83d\ude00\",0,-120,"
                + Long.MIN_VALUE + "]",
                new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8));
    }

    @Test
    void growsPastItsFirstSize() {
        JsonBuffer out = new JsonBuffer();
        String text = "x".repeat(10_000);
        out.text(text, text.length());
        assertEquals(10_000, out.length());
    }

    @Test
    void textIsWrittenAsALiteralOnlyWhenItIsOne() {
        for (String literal : new String[] {"0", "-12", "1.5", "2e10", "1.5E-3", "true"}) {
            assertTrue(JsonLiterals.isLiteral(literal), literal);
        }
        for (String text : new String[] {"", "-", "01", "1.", ".5", "1e", "abc", "True", "1 "}) {
            assertFalse(JsonLiterals.isLiteral(text), text);
        }
    }
}
