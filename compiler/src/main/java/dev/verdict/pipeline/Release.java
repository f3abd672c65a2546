package dev.verdict.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This build of Verdict: its version, taken from the POM at build time. */
public final class Release {

    private static final Properties PROPERTIES = load();

    private Release() {
    }

    /** {@code 0.1.0}, or {@code unknown} outside a Maven build. */
    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
