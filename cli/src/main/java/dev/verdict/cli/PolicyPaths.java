package dev.verdict.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** {@code PATH...}: the policy files, or directories to search, a command works on. */
final class PolicyPaths {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Policy files, or directories to search.")
    private List<Path> paths;

    List<Path> paths() {
        return paths;
    }
}
