package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.verdict.engine.Engines;
import dev.verdict.engine.NoJavaCompilerException;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.RequestReader;
import dev.verdict.simulate.Simulation.InvalidLine;
import dev.verdict.simulate.Simulation.RuleRow;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parallel, streaming replay against two oracles on a generated history: itself on one
 * thread (the result does not depend on threads or block size), and the old way of reading
 * each line (Jackson to a map, then the map reader) decided by the interpreter.
 */
class ParallelReplayTest {

    private static final CheckedPolicy POLICY = checked("new.policy", """
            platform tiktok_us
            rule velocity: when buyer.refunds_30d >= 3 then manual_review, tag("velocity")
            rule small: when request = refund_only and amount < 50 then approve_refund
            rule partial:
              when request = return_and_refund and reason = damaged
                   and item.price between 10 and 100
              then offer_partial_refund(30%)
            rule label: when request = return_and_refund and amount < 150 then approve_return_label
            otherwise manual_review
            """);
    private static final CheckedPolicy BASELINE = checked("old.policy", """
            platform tiktok_us
            rule small: when request = refund_only and amount < 80 then approve_refund
            rule label: when request = return_and_refund then approve_return_label
            otherwise manual_review
            """);
    private static final byte[] HISTORY = HistoryLines.generate(7, 6000);
    private static final ObjectMapper MAPS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static Simulation replay(Evaluator policy, Evaluator baseline, int threads,
                                     int blockBytes) {
        Simulator simulator = Simulator.against(POLICY, policy, BASELINE, baseline, 5);
        JsonLines lines = new JsonLines(new ByteArrayInputStream(HISTORY),
                Policies.MAX_LINE_BYTES, blockBytes);
        return Policies.replay(simulator, new ParallelBlocks(threads), lines);
    }

    @Test
    void theResultIsTheSameForAnyThreadCountAndBlockSize() {
        Simulation one = replay(new Interpreter(POLICY), new Interpreter(BASELINE), 1,
                JsonLines.BLOCK_BYTES);
        assertTrue(one.decided() > 4000 && one.invalid() > 300, () -> one.decided() + " decided, "
                + one.invalid() + " invalid");
        assertTrue(one.comparison().changed() > 100, "the baseline decides differently");
        for (int threads : new int[] {1, 2, 5}) {
            for (int blockBytes : new int[] {64, 4096}) {
                assertEquals(one, replay(new Interpreter(POLICY), new Interpreter(BASELINE),
                        threads, blockBytes), threads + " threads, blocks of " + blockBytes);
            }
        }
    }

    @Test
    void decidesEveryLineLikeTheMapReaderAndTheInterpreter() throws Exception {
        List<Evaluator> compiled = compiledOrInterpreted();
        Simulation fast = replay(compiled.get(0), compiled.get(1), 3, 8192);
        RequestReader reader = RequestFormat.of(POLICY).reader();
        Interpreter interpreter = new Interpreter(POLICY);
        Map<String, Long> counts = new HashMap<>();
        List<Long> invalidLines = new ArrayList<>();
        String[] lines = new String(HISTORY, StandardCharsets.ISO_8859_1).split("\n");
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = lines[i].getBytes(StandardCharsets.ISO_8859_1);
            if (lines[i].isBlank()) {
                continue;
            }
            Decision decision;
            try {
                String text = strictUtf8(bytes);
                @SuppressWarnings("unchecked")
                Map<String, Object> request = MAPS.readValue(text, Map.class);
                decision = interpreter.decide(reader.read(request));
            } catch (Exception e) {
                invalidLines.add(i + 1L);
                continue;
            }
            counts.merge(decision.rule() + "@" + decision.line(), 1L, Long::sum);
        }
        Map<String, Long> fastCounts = new HashMap<>();
        for (RuleRow row : fast.rules()) {
            if (row.count() > 0) {
                fastCounts.put(row.name() + "@" + row.line(), row.count());
            }
        }
        assertEquals(counts, fastCounts);
        assertEquals(invalidLines.size(), fast.invalid());
        assertEquals(invalidLines.subList(0, 5),
                fast.invalidLines().stream().map(InvalidLine::line).toList());
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<Evaluator> compiledOrInterpreted() {
        try {
            return List.copyOf(Engines.compile(List.of(POLICY, BASELINE)));
        } catch (NoJavaCompilerException e) {
            return List.of(new Interpreter(POLICY), new Interpreter(BASELINE));
        }
    }
}
