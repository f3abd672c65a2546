package dev.verdict.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/**
 * This build of Verdict: its version and the project's home page, both taken from the parent
 * POM at build time (the home page is defined there once, as {@code verdict.homepage}).
 */
public final class Release {

    private static final Properties PROPERTIES = load();

    private Release() {
    }

    /** {@code 0.1.0}, or {@code unknown} outside a Maven build. */
    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The project's home page, e.g. its repository. */
    public static URI homepage() {
        return URI.create(PROPERTIES.getProperty("homepage", "https://invalid.example/verdict"));
    }

    /** The absolute URI of a documentation page of the repository, {@code docs/NAME}. */
    public static URI docs(String name) {
        return URI.create(homepage() + "/blob/main/docs/" + name);
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
