package dev.verdict.cli;

import dev.verdict.diag.Suggestions;
import dev.verdict.source.SourceKind;
import dev.verdict.source.SourceNotFound;
import dev.verdict.source.SourceReader;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verdict show profile|schema [NAME]}: what policies are checked against. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints a bundled platform profile or schema, so you can read what "
                + "policies are checked against; without a name, lists the bundled ones.",
                "Exit: 0; 2 an unknown name, or usage errors."})
final class ShowCommand implements Callable<Integer> {

    /** What can be shown. */
    enum Kind {
        PROFILE(SourceKind.PROFILE),
        SCHEMA(SourceKind.SCHEMA);

        private final SourceKind source;

        Kind(SourceKind source) {
            this.source = source;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "profile or schema")
    private Kind kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "A bundled name, e.g. tiktok_us or order_review.")
    private String name;

    @Override
    public Integer call() {
        Console console = Console.of(spec);
        List<String> bundled = kind.source.bundledNames();
        if (name == null) {
            bundled.forEach(console.out()::println);
            console.out().flush();
            return Exit.OK;
        }
        try {
            console.out().print(SourceReader.bundled(kind.source, name).text());
            console.out().flush();
            return Exit.OK;
        } catch (SourceNotFound e) {
            String help = Suggestions.didYouMean(name, bundled);
            console.problem("unknown bundled " + kind.name().toLowerCase(Locale.ROOT) + " `"
                    + name + "`; " + (help != null ? help
                    : "the bundled ones are " + String.join(", ", bundled)));
            return Exit.USAGE;
        }
    }
}
