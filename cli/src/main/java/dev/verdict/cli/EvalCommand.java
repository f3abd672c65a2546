package dev.verdict.cli;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonLines;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.UnknownFields;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;


/** {@code verdict eval POLICY (--request JSON | --requests FILE.jsonl) [--format json|human]}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Decides requests with a policy. With --requests, output line N answers "
                + "input line N: a decision, an error, or an empty line for a blank one.",
                "Exit: 0; 1 some request was invalid (its line is an error) or the policy has "
                        + "errors; 2 usage or I/O errors."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @ParentCommand
    private VerdictCommand verdict;

    @Mixin
    private PolicyFile policy;

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

    @Mixin
    private StreamOptions stream;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null, allowPath.paths());
        CheckedPolicy checked = compiler.compileForDecisions(policy.path());
        if (checked == null) {
            return compiler.refusal();
        }
        Evaluator evaluator = verdict.evaluators(console).of(checked);
        RequestReader reader = RequestFormat.of(checked, unknownFields).reader();
        if (input.request != null) {
            try {
                RequestValues values = reader.read(input.request);
                console.out().println(format.decision(evaluator.decide(values)));
                return Exit.OK;
            } catch (InvalidRequestException e) {
                console.out().println(format.error(e));
                return Exit.FAILED;
            }
        }
        int maxLineBytes = stream.maxLineBytes();
        boolean[] valid = {true};
        try (InputStream lines = StreamOptions.open(input.requests)) {
            stream.parallel().run(new JsonLines(lines, maxLineBytes),
                    () -> new EvalLines(evaluator, reader.parser(), format, maxLineBytes),
                    output -> {
                        console.out().print(output.text());
                        valid[0] &= output.valid();
                    });
        } catch (IOException e) {
            console.out().flush();
            console.problem("cannot read " + input.requests + ": " + SourcePaths.reason(e));
            return Exit.USAGE;
        }
        console.out().flush();
        return valid[0] ? Exit.OK : Exit.FAILED;
    }
}
