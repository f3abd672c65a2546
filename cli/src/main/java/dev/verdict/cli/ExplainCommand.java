package dev.verdict.cli;

import dev.verdict.explain.Explainer;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.UnknownFields;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code verdict explain POLICY --request JSON}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows how a policy decides a request: each guard and rule in order, the "
                + "first part of its condition that failed or that it fired, then the decision.",
                "Exit: 0; 1 the request is invalid or the policy has errors; 2 usage or I/O "
                        + "errors."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @Mixin
    private PolicyFile policy;

    @Option(names = "--unknown-fields", paramLabel = "WHAT", defaultValue = "reject",
            description = "reject (default): a request with a field the schema does not declare "
                    + "is invalid; ignore: such fields are skipped.")
    private UnknownFields unknownFields;

    @Option(names = "--request", paramLabel = "JSON", required = true, description = "The request.")
    private String request;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        PolicyCompiler compiler = new PolicyCompiler(console, null, allowPath.paths());
        CheckedPolicy checked = compiler.compileForDecisions(policy.path());
        if (checked == null) {
            return compiler.refusal();
        }
        try {
            var values = RequestFormat.of(checked, unknownFields).reader().read(request);
            Explainer explainer = new Explainer(checked);
            explainer.explain(values).lines().forEach(console.out()::println);
            console.out().flush();
            return Exit.OK;
        } catch (InvalidRequestException e) {
            console.err().println("error: invalid request: " + e.getMessage());
            console.err().flush();
            return Exit.FAILED;
        }
    }
}
