package dev.verdict.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --allow-path DIR}, for the commands that compile policies: a policy's
 * {@code platform "..."} and {@code schema "..."} paths must lead inside the folder given on
 * the command line (a file's folder), or inside a folder allowed here.
 */
final class AllowPathOption {

    @Option(names = "--allow-path", paramLabel = "DIR",
            description = "Let policies read profiles and schemas under DIR too (repeatable); "
                    + "by default only under the folder given on the command line.")
    private List<Path> allowed = new ArrayList<>();

    List<Path> paths() {
        return allowed;
    }
}
