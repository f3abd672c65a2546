package dev.verdict.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints the tables of {@code docs/performance.md} from one JMH JSON report, so that every ratio
 * comes from one run: the reference policy (ns and bytes per decision, times the hand-written
 * time, how many times faster than the fastest peer), scaling with policy size, compile times,
 * and the targets of issue 4. Times are JMH's means; the fastest single iteration is shown too,
 * since on a shared machine a whole fork can run slower. Usage:
 * {@code ResultsTable jmh-result.json}.
 */
public final class ResultsTable {

    private static final String REFERENCE = "ReferenceBenchmark";
    private static final String SCALING = "ScalingBenchmark";
    private static final String COMPILE = "CompileBenchmark";
    private static final Map<String, String> NAMES = Map.of(
            "generated", "Verdict, generated evaluator",
            "handWritten", "hand-written Java if-chain",
            "interpreter", "Verdict, interpreter",
            "cel", "CEL 0.14.0 (one program, map activation)",
            "easyRules", "Easy Rules 4.1.0 + MVEL",
            "drools", "Drools 10.2.0 (executable model)",
            "flatChain", "flat Java if-chain (javac)",
            "parseCheckAnalyse", "parse + check + analyse",
            "toEvaluator", "to a loaded evaluator (+ generate + javac), one per iteration");
    private static final Map<String, String> SHORT = Map.of("flatChain", "flat chain");
    private static final Set<String> PEERS = Set.of("cel", "easyRules", "drools");
    private static final int SMALLEST = 14;

    private final List<Measurement> results;
    private final StringBuilder out = new StringBuilder();

    ResultsTable(List<Measurement> results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsTable JMH-RESULT.json");
            System.exit(2);
        }
        System.out.print(new ResultsTable(Measurement.read(Path.of(args[0]))).render());
    }

    String render() {
        reference();
        scaling();
        compile();
        targets();
        return out.toString();
    }

    private void reference() {
        List<Measurement> rows = of(REFERENCE).stream()
                .sorted(Comparator.comparingDouble(Measurement::score)).toList();
        if (rows.isEmpty()) {
            return;
        }
        Optional<Measurement> hand = find(REFERENCE, "handWritten", 0);
        Optional<Measurement> peer = fastestPeer();
        out.append("| implementation | ns/decision | fastest iteration | B/decision "
                + "| × hand-written | × faster than the fastest peer |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Measurement row : rows) {
            out.append("| ").append(NAMES.getOrDefault(row.method(), row.method()))
                    .append(" | ").append(time(row)).append(" | ").append(number(row.fastest()))
                    .append(" | ").append(bytes(row))
                    .append(" | ").append(hand.map(h -> ratio(row.score() / h.score())).orElse("—"))
                    .append(" | ").append(peer.map(p -> ratio(p.score() / row.score())).orElse("—"))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private void scaling() {
        List<String> methods = methods(SCALING);
        if (methods.isEmpty()) {
            return;
        }
        out.append("| rules |");
        methods.forEach(m -> out.append(' ').append(NAMES.getOrDefault(m, m)).append(" |"));
        methods.forEach(m -> out.append(' ').append(SHORT.getOrDefault(m, m))
                .append(" × 14 rules |"));
        out.append("\n|---:|").append("---:|".repeat(2 * methods.size())).append('\n');
        for (int rules : sizes(SCALING)) {
            out.append("| ").append(String.format(Locale.ROOT, "%,d", rules)).append(" |");
            for (String method : methods) {
                out.append(' ').append(find(SCALING, method, rules).map(r -> time(r)
                        + " (" + number(r.fastest()) + "), " + bytes(r) + " B").orElse("—"))
                        .append(" |");
            }
            for (String method : methods) {
                Optional<Measurement> small = find(SCALING, method, SMALLEST);
                out.append(' ').append(find(SCALING, method, rules).flatMap(r -> small
                        .map(s -> ratio(r.score() / s.score()))).orElse("—")).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void compile() {
        List<String> methods = methods(COMPILE);
        if (methods.isEmpty()) {
            return;
        }
        out.append("| rules |");
        methods.forEach(m -> out.append(' ').append(NAMES.getOrDefault(m, m)).append(" |"));
        out.append("\n|---:|").append("---:|".repeat(methods.size())).append('\n');
        for (int rules : sizes(COMPILE)) {
            out.append("| ").append(String.format(Locale.ROOT, "%,d", rules)).append(" |");
            for (String method : methods) {
                out.append(' ').append(find(COMPILE, method, rules).map(ResultsTable::time)
                        .orElse("—")).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void targets() {
        Optional<Measurement> generated = find(REFERENCE, "generated", 0);
        if (generated.isEmpty()) {
            out.append("Targets: not judged, this run has no generated evaluator.\n");
            return;
        }
        Measurement gen = generated.get();
        find(REFERENCE, "handWritten", 0).ifPresent(hand -> target(
                "generated ≤ 1.2× hand-written", gen.score() / hand.score() <= 1.2,
                ratio(gen.score() / hand.score()) + " hand-written (fastest iterations: "
                        + ratio(gen.fastest() / hand.fastest()) + ")"));
        fastestPeer().ifPresent(peer -> target("≥ 20× faster than the fastest peer",
                peer.score() / gen.score() >= 20, ratio(peer.score() / gen.score()) + " faster"));
        target("0 B/decision", Math.round(gen.bytesPerOp()) == 0, bytes(gen) + " B/decision");
        Optional<Measurement> small = find(SCALING, "generated", SMALLEST);
        find(SCALING, "generated", 1000).ifPresent(large -> small.ifPresent(s -> target(
                "1,000 rules ≤ 3× the 14-rule time", large.score() / s.score() <= 3,
                ratio(large.score() / s.score()) + " the 14-rule time (fastest iterations: "
                        + ratio(large.fastest() / s.fastest()) + ")")));
    }

    private void target(String what, boolean met, String measured) {
        out.append("- ").append(what).append(": ").append(measured)
                .append(met ? " — met\n" : " — MISSED\n");
    }

    private Optional<Measurement> fastestPeer() {
        return of(REFERENCE).stream().filter(r -> PEERS.contains(r.method()))
                .min(Comparator.comparingDouble(Measurement::score));
    }

    private Optional<Measurement> find(String type, String method, int rules) {
        return results.stream().filter(r -> r.type().equals(type) && r.method().equals(method)
                && r.rules() == rules).findFirst();
    }

    private List<Measurement> of(String type) {
        return results.stream().filter(r -> r.type().equals(type)).toList();
    }

    private List<String> methods(String type) {
        return of(type).stream().map(Measurement::method).distinct().sorted().toList();
    }

    private Set<Integer> sizes(String type) {
        Set<Integer> sizes = new TreeSet<>();
        of(type).forEach(r -> sizes.add(r.rules()));
        return sizes;
    }

    private static String time(Measurement m) {
        String unit = m.unit().replace("/op", "");
        String error = Double.isNaN(m.error()) ? "" : " ± " + number(m.error());
        return number(m.score()) + error + " " + unit;
    }

    private static String bytes(Measurement m) {
        return Double.isNaN(m.bytesPerOp()) ? "—"
                : String.format(Locale.ROOT, "%,.0f", m.bytesPerOp());
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%,.0f×" : "%.2f×", value);
    }

    private static String number(double value) {
        String format = value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, format, value);
    }
}
