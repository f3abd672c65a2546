package dev.verdict.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code POLICY}: the one policy file a command decides with. */
final class PolicyFile {

    @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
    private Path policy;

    Path path() {
        return policy;
    }
}
