package dev.verdict.lsp;

import dev.verdict.ast.SourceFile;
import dev.verdict.syntax.SourceParser;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One open document at one version: its text, its syntax tree (parsed once, on first use) and
 * its line index. Immutable in what it shows; an edit makes a new one.
 */
final class PolicyDocument {

    private final String uri;
    private final int version;
    private final String text;
    private final LineIndex lines;
    private SourceFile syntax;

    PolicyDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.lines = new LineIndex(text);
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    LineIndex lines() {
        return lines;
    }

    /** The syntax tree, with whatever declarations survived syntax errors. */
    synchronized SourceFile syntax() {
        if (syntax == null) {
            syntax = SourceParser.parse(displayPath(), text).file();
        }
        return syntax;
    }

    /** The file's path for a {@code file:} URI; null for other schemes (an unsaved buffer). */
    Path path() {
        return fileOf(uri);
    }

    /** The path of a {@code file:} URI; null for other schemes or a malformed URI. */
    static Path fileOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Paths.get(parsed) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name diagnostics use: the file name, as {@code verdict check} would print it. */
    String displayPath() {
        Path path = path();
        if (path != null && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        int slash = uri.lastIndexOf('/');
        return slash >= 0 ? uri.substring(slash + 1) : uri;
    }

    /** The directory quoted profile paths are read from: the file's own. */
    Path directory() {
        Path path = path();
        return path == null ? null : path.toAbsolutePath().getParent();
    }
}
