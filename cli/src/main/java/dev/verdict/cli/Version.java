package dev.verdict.cli;

import dev.verdict.pipeline.Release;
import picocli.CommandLine.IVersionProvider;

/** {@code verdict --version}: the project version, recorded at build time. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"verdict " + Release.version()};
    }
}
