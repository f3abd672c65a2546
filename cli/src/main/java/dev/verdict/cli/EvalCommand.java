package dev.verdict.cli;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.UnknownFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verdict eval POLICY (--request JSON | --requests FILE.jsonl) [--format json|human]}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Decides requests with a policy: one line per request, in input order.",
                "Exit: 0; 1 some request was invalid (its line is an error) or the policy has "
                        + "errors; 2 usage or I/O errors."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerdictCommand verdict;

    @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
    private Path policy;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    static final class Input {
        @Option(names = "--request", paramLabel = "JSON", description = "One request.")
        String request;

        @Option(names = "--requests", paramLabel = "FILE.jsonl",
                description = "A file of requests, one JSON object per line ('-': standard input).")
        Path requests;
    }

    @Option(names = "--unknown-fields", paramLabel = "WHAT", defaultValue = "reject",
            description = "reject (default): a request with a field the schema does not declare "
                    + "is invalid; ignore: such fields are skipped.")
    private UnknownFields unknownFields;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or human.")
    private DecisionFormat format;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null);
        CheckedPolicy checked = compiler.compileForDecisions(policy);
        if (checked == null) {
            return compiler.refusal();
        }
        Evaluator evaluator = verdict.evaluators(console).of(checked);
        RequestDecoder decoder = new RequestDecoder(checked, unknownFields);
        Decider decider = new Decider(console, evaluator, decoder);
        if (input.request != null) {
            return decider.decide(input.request) ? Exit.OK : Exit.FAILED;
        }
        boolean valid = true;
        try (BufferedReader lines = requests()) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                valid &= line.isBlank() || decider.decide(line);
            }
        } catch (IOException e) {
            console.out().flush();
            console.problem("cannot read " + input.requests + ": " + SourcePaths.reason(e));
            return Exit.USAGE;
        }
        console.out().flush();
        return valid ? Exit.OK : Exit.FAILED;
    }

    /** Decides requests with one policy, printing a decision or an error line for each. */
    private final class Decider {
        private final Console console;
        private final Evaluator evaluator;
        private final RequestDecoder decoder;

        Decider(Console console, Evaluator evaluator, RequestDecoder decoder) {
            this.console = console;
            this.evaluator = evaluator;
            this.decoder = decoder;
        }

        /** Prints the request's decision, or its error and returns false. */
        boolean decide(String json) {
            try {
                console.out().println(format.decision(evaluator.decide(decoder.decode(json))));
                return true;
            } catch (InvalidRequestException e) {
                console.out().println(format.error(e));
                return false;
            }
        }
    }

    private BufferedReader requests() throws IOException {
        if (input.requests.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(input.requests, StandardCharsets.UTF_8);
    }
}
