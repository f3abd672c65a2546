package dev.verdict.cli;

import dev.verdict.check.ProfileLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict show profile [NAME]}: what policies are checked against. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints a bundled platform profile, so you can read what policies are "
                + "checked against; without a name, lists the bundled profiles.",
                "Exit: 0; 2 an unknown name, or usage errors."})
final class ShowCommand implements Callable<Integer> {

    /** What can be shown; schemas join profiles here when they are bundled. */
    enum Kind { PROFILE }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "profile")
    private Kind kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "A bundled name, e.g. tiktok_us.")
    private String name;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        if (name == null) {
            ProfileLoader.bundledNames().forEach(console.out()::println);
            console.out().flush();
            return Exit.OK;
        }
        try {
            console.out().print(ProfileLoader.bundledText(name));
            console.out().flush();
            return Exit.OK;
        } catch (IllegalArgumentException e) {
            console.problem(e.getMessage());
            return Exit.USAGE;
        }
    }
}
