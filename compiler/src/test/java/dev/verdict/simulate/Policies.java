package dev.verdict.simulate;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.source.Schemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Policies and replays for simulation tests. */
final class Policies {

    private Policies() {
    }

    /** The checked form of policy text that must have no errors (warnings are fine). */
    static CheckedPolicy checked(String file, String text) {
        Compilation compilation = new Compiler(Schemas.aftersale(), new CompilerOptions(null, true))
                .compile(file, text, null);
        assertNotNull(compilation.policy(), () -> "errors: " + compilation.diagnostics());
        return compilation.policy();
    }

    static Simulator simulator(CheckedPolicy policy) {
        return Simulator.of(policy, new Interpreter(policy));
    }

    static Simulator simulator(CheckedPolicy policy, CheckedPolicy baseline, int examples) {
        return Simulator.against(policy, new Interpreter(policy), baseline,
                new Interpreter(baseline), examples);
    }

    /** The default cap on a history line's length in these tests. */
    static final int MAX_LINE_BYTES = 64 * 1024;

    /** The simulation of the lines, replayed in order on one thread. */
    static Simulation replay(Simulator simulator, String... lines) {
        return replay(simulator, new ParallelBlocks(1),
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The simulation of a history given as bytes, replayed with {@code parallel}. */
    static Simulation replay(Simulator simulator, ParallelBlocks parallel, byte[] history) {
        return replay(simulator, parallel, new JsonLines(new ByteArrayInputStream(history),
                MAX_LINE_BYTES));
    }

    /** The simulation of {@code history}, replayed with {@code parallel}. */
    static Simulation replay(Simulator simulator, ParallelBlocks parallel, JsonLines history) {
        try {
            simulator.replay(history, parallel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return simulator.result();
    }

    /** A request as JSON: {@code request}, {@code reason}, {@code amount} and more fields. */
    static String request(String type, String reason, String amount, String... more) {
        StringBuilder json = new StringBuilder("{\"request\":\"" + type + "\",\"reason\":\""
                + reason + "\",\"amount\":\"" + amount + "\"");
        for (String field : more) {
            json.append(',').append(field);
        }
        return json.append('}').toString();
    }
}
