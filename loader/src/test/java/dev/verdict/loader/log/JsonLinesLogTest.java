package dev.verdict.loader.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.loader.PolicyLoader;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.FieldSpec;
import dev.verdict.runtime.PolicyVersion;
import dev.verdict.runtime.Source;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class JsonLinesLogTest {

    private static final PolicyVersion VERSION = new PolicyVersion("sha256:abc", "r7");
    private static final Decision DECISION = new Decision("approve_refund", List.of(), List.of(),
            "small_refund", 17, Source.POLICY);
    private static final Instant TIME = Instant.parse("2026-12-02T10:15:30.123456Z");

    private static LoggedDecision decision(Map<String, ?> request) {
        return new LoggedDecision("refunds", VERSION, request, DECISION, TIME, 2100);
    }

    private static Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("request", "refund_only");
        request.put("amount", new BigDecimal("79.90"));
        request.put("buyer", Map.of("credit_score", 42));
        request.put("item.opened", null);
        return request;
    }

    @Test
    void eachDecisionIsOneLineWithRequestDecisionVersionTimeAndLatency() throws Exception {
        StringWriter out = new StringWriter();
        JsonLinesLog log = JsonLinesLog.start(out, 16, FieldMask.NONE);
        log.record(decision(request()));
        log.close();

        assertEquals("{\"time\":\"2026-12-02T10:15:30.123456Z\",\"policy\":\"refunds\","
                + "\"version\":\"sha256:abc\",\"label\":\"r7\",\"latency_ns\":2100,"
                + "\"request\":{\"request\":\"refund_only\",\"amount\":79.90,"
                + "\"buyer\":{\"credit_score\":42},\"item.opened\":null},"
                + "\"decision\":" + DECISION.toJson() + "}\n", out.toString());
        assertEquals(1, log.written());
        assertEquals(0, log.dropped());
    }

    @Test
    void maskedFieldsAreWrittenMaskedNestedOrDotted() throws Exception {
        List<FieldSpec> schema = schemaFields();
        StringWriter out = new StringWriter();
        JsonLinesLog log = JsonLinesLog.start(out,
                16, FieldMask.of(schema, "buyer.credit_score", "item.opened"));
        log.record(decision(request()));
        log.close();

        assertTrue(out.toString().contains("\"request\":{\"request\":\"refund_only\","
                + "\"amount\":79.90,\"buyer\":{\"credit_score\":\"***\"},"
                + "\"item.opened\":\"***\"}"), out.toString());
    }

    @Test
    void aMaskOfAFieldTheSchemaLacksIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FieldMask.of(schemaFields(), "buyer.score"));
        assertTrue(e.getMessage().startsWith("cannot mask `buyer.score`: the schema has no such "
                + "field; its fields are [amount, buyer.account_age, "), e.getMessage());
    }

    /**
     * A sink that blocks until released: while it blocks, recording never waits, the decisions
     * beyond the queue's capacity are dropped and counted, and once it is released the log says
     * how many were dropped.
     */
    @Test
    void aStuckSinkNeverBlocksRecordingAndDropsAreCountedAndLogged() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StringWriter written = new StringWriter();
        Writer slow = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.write(text, offset, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        int capacity = 8;
        JsonLinesLog log = JsonLinesLog.start(slow, capacity, FieldMask.NONE);
        log.record(decision(request()));
        writing.await();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < capacity + 1000; i++) {
                log.record(decision(request()));
            }
        });
        assertEquals(1000, log.dropped());

        release.countDown();
        log.close();
        String[] lines = written.toString().split("\n");
        assertEquals(1 + 1 + capacity, lines.length);
        assertTrue(lines[1].startsWith("{\"dropped\":1000,\"time\":"), lines[1]);
        assertEquals(1 + capacity, log.written());
    }

    /** The bundled schema's fields, as a loaded policy reads them. */
    private static List<FieldSpec> schemaFields() {
        return PolicyLoader.create().interpreted()
                .load("any", "platform tiktok_us\notherwise manual_review\n", null)
                .policies().policy("any").requestReader().fields();
    }
}
