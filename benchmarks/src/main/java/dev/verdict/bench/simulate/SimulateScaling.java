package dev.verdict.bench.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.verdict.bench.reference.ReferencePolicy;
import dev.verdict.engine.Engines;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.runtime.Evaluator;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * How {@code simulate}'s replay scales with the history's length, timed outside JMH (a pass
 * over 10^7 lines takes too long for JMH iterations): for 10^5, 10^6 and 10^7 lines, a bare
 * Jackson token pass, the replay on one thread and on every core (the best of three passes up
 * to 10^6 lines, one pass of 10^7).
 * The history is 10^5 generated lines ({@link HistoryText}) streamed again and again from
 * memory, so no disk is involved and the heap never holds more than 10^5 lines: run it with a
 * small heap ({@code -Xmx256m}) to see that the replay's memory does not grow with the history.
 * Prints one Markdown table row per length.
 */
public final class SimulateScaling {

    private static final int GENERATED = 100_000;
    private static final int PASSES = 3;
    private static final int ONE_PASS_FROM = 100;

    private SimulateScaling() {
    }

    public static void main(String[] args) throws IOException {
        CheckedPolicy policy = ReferencePolicy.checked();
        Evaluator evaluator = Engines.compile(List.of(policy)).get(0);
        byte[] lines = HistoryText.generate(policy, GENERATED, 42);
        System.out.println("| lines | bare Jackson | simulate, 1 thread | simulate, "
                + Runtime.getRuntime().availableProcessors() + " threads |");
        System.out.println("|---:|---:|---:|---:|");
        for (int copies : new int[] {1, 10, 100}) {
            long total = (long) GENERATED * copies;
            int passes = copies >= ONE_PASS_FROM ? 1 : PASSES;
            double jackson = best(() -> jacksonPass(new RepeatedBytes(lines, copies)), total,
                    passes);
            double one = best(() -> replay(policy, evaluator, new RepeatedBytes(lines, copies),
                    new ParallelBlocks(1), total), total, passes);
            double all = best(() -> replay(policy, evaluator, new RepeatedBytes(lines, copies),
                    ParallelBlocks.allCores(), total), total, passes);
            System.out.printf("| %,d | %,.0f | %,.0f | %,.0f |%n", total, jackson, one, all);
        }
        System.out.printf("heap in use after the runs: %d MB of at most %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private interface Pass {
        void run() throws IOException;
    }

    /** Lines per second of the fastest of {@code passes} passes over {@code lines} lines. */
    private static double best(Pass pass, long lines, int passes) throws IOException {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            pass.run();
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        return lines * 1e9 / fastest;
    }

    private static void jacksonPass(InputStream in) throws IOException {
        long sum = 0;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                sum += token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
                        : parser.getTextLength();
            }
        }
        if (sum == 42) {
            System.out.print("");
        }
    }

    private static void replay(CheckedPolicy policy, Evaluator evaluator, InputStream in,
                               ParallelBlocks parallel, long lines) throws IOException {
        Simulator simulator = Simulator.of(policy, evaluator);
        simulator.replay(new JsonLines(in, 65_536), parallel);
        Simulation simulation = simulator.result();
        if (simulation.decided() != lines) {
            throw new IllegalStateException(simulation.decided() + " of " + lines + " decided");
        }
    }

    /** {@code copies} times the same bytes, as one stream. */
    private static final class RepeatedBytes extends InputStream {
        private final byte[] bytes;
        private int copiesLeft;
        private int at;

        RepeatedBytes(byte[] bytes, int copies) {
            this.bytes = bytes;
            this.copiesLeft = copies;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (at == bytes.length) {
                if (--copiesLeft <= 0) {
                    return -1;
                }
                at = 0;
            }
            int count = Math.min(length, bytes.length - at);
            System.arraycopy(bytes, at, target, offset, count);
            at += count;
            return count;
        }
    }
}
