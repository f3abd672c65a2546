package dev.verdict.cli;

import picocli.CommandLine.Option;

/** {@code --platform P}, for the commands that check policies ({@code check}, {@code compile}). */
final class PlatformOption {

    @Option(names = "--platform", paramLabel = "P",
            description = "Profile for policies that name none: a bundled name or a "
                    + ".platform path.")
    private String platform;

    /** The profile named, or null. */
    String value() {
        return platform;
    }
}
