package dev.verdict.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code verdict --version}: the project version, filtered into a resource at build time. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"verdict " + number()};
    }

    /** The project version, {@code unknown} when the build did not record it. */
    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
