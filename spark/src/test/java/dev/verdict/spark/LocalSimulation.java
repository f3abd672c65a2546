package dev.verdict.spark;

import dev.verdict.engine.Engines;
import dev.verdict.request.JsonLines;
import dev.verdict.request.ParallelBlocks;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.simulate.Simulation;
import dev.verdict.simulate.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What {@code verdict simulate} does with a JSON Lines history: the simulator on two threads. */
final class LocalSimulation {

    private LocalSimulation() {
    }

    static Simulation of(Path policy, Path baseline, Path history) throws IOException {
        CompiledPolicy current = CompiledPolicy.of(policy);
        Simulator simulator;
        if (baseline == null) {
            simulator = Simulator.of(current.policy(),
                    Engines.compile(List.of(current.policy())).get(0));
        } else {
            CompiledPolicy old = CompiledPolicy.of(baseline);
            List<PolicyEvaluator> both =
                    Engines.compile(List.of(current.policy(), old.policy()));
            simulator = Simulator.against(current.policy(), both.get(0), old.policy(),
                    both.get(1), 5);
        }
        try (InputStream lines = Files.newInputStream(history)) {
            simulator.replay(new JsonLines(lines, HistoryReplay.MAX_LINE_BYTES),
                    new ParallelBlocks(2));
        }
        return simulator.result();
    }
}
