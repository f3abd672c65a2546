package dev.verdict.cli;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaGenerator;
import dev.verdict.codegen.JavaNames;
import dev.verdict.codegen.JavaSources;
import dev.verdict.diag.Diagnostic;
import dev.verdict.diag.render.HumanRenderer;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.pipeline.PolicyHash;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/** {@code verdict compile --out DIR [--package PKG] PATH...}: Java sources for services. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Checks .policy files (directories: recursively), then writes one Java "
                + "evaluator class per policy, the schema's request class and outcome enum, "
                + "and the registry `Evaluators` of them all under DIR. "
                + "Nothing is written when any policy has errors.",
                "Exit: 0 written; 1 errors; 2 usage or I/O errors."})
final class CompileCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AllowPathOption allowPath;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the sources (package folders below it).")
    private Path out;

    @Option(names = "--package", paramLabel = "PKG", defaultValue = JavaGenerator.DEFAULT_PACKAGE,
            description = "The Java package of the generated classes (default: ${DEFAULT-VALUE}).")
    private String packageName;

    @Option(names = "--plan",
            description = "Also print, per policy, its evaluator's dispatch plan: what a "
                    + "decision jumps on and searches, how many rules it tests, and the predicted "
                    + "time per decision.")
    private boolean plan;

    @Mixin
    private PlatformOption platform;

    @Mixin
    private PolicyPaths paths;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        if (!JavaNames.isPackageName(packageName)) {
            console.problem("`" + packageName + "` is not a Java package name");
            return Exit.USAGE;
        }
        PolicyCompiler compiler = new PolicyCompiler(console, platform.value(), allowPath.paths());
        Compilations compiled = compiler.compileAll(paths.paths());
        new HumanRenderer(console.colour()).render(compiled.diagnostics(), compiled.sources(),
                console.err());
        console.err().flush();
        if (compiler.failed()) {
            return Exit.USAGE;
        }
        if (compiled.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return Exit.FAILED;
        }
        return write(console, compiled.policies(), compiled.sources());
    }

    private int write(Console console, List<CheckedPolicy> policies,
                      Map<String, String> sources) {
        Map<String, String> fileByClass = new HashMap<>();
        for (CheckedPolicy policy : policies) {
            String name = JavaNames.policyClass(policy.file());
            String clash = fileByClass.putIfAbsent(name, policy.file());
            if (clash != null) {
                console.problem("`" + clash + "` and `" + policy.file() + "` both make the class `"
                        + name + "`: rename one, or compile them into different packages");
                return Exit.FAILED;
            }
        }
        JavaGenerator generator = new JavaGenerator();
        List<JavaFile> files = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (CheckedPolicy policy : policies) {
            JavaGenerator.GeneratedPolicy generated = generator.generateWithPlan(policy,
                    PolicyHash.of(policy, sources), packageName,
                    JavaNames.policyClass(policy.file()));
            files.addAll(generated.files());
            if (plan) {
                plans.add(policy.file() + ": " + generated.plan());
            }
        }
        files.add(generator.registry(policies, packageName));
        try {
            JavaSources.write(out, files);
            plans.forEach(console.out()::println);
            console.out().flush();
            return Exit.OK;
        } catch (IOException e) {
            console.problem("cannot write to " + out + ": " + SourcePaths.reason(e));
            return Exit.USAGE;
        }
    }
}
