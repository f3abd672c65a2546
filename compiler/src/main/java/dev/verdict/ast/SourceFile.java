package dev.verdict.ast;

import java.util.List;

/** One parsed file: its declarations in order, and every comment for the formatter. */
public record SourceFile(String path, String text, List<Decl> decls, List<Comment> comments) {
    public SourceFile {
        decls = List.copyOf(decls);
        comments = List.copyOf(comments);
    }
}
