package dev.verdict.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the files a policy names may be: the one rule for every entry point (CLI, Maven plugin,
 * loader, language server). A {@code platform "..."} or {@code schema "..."} path, and a
 * schema's {@code extends "..."}, must lead inside one of the roots: the project's folder, and
 * the folders allowed explicitly. Paths are compared as real paths, so neither {@code ..} nor a
 * symbolic link leads out. A path given as an option ({@code --platform}) is the user's own and
 * is not confined.
 */
public final class ProjectTree {

    private static final ProjectTree ANYWHERE = new ProjectTree(null);

    private final List<Path> roots;

    private ProjectTree(List<Path> roots) {
        this.roots = roots;
    }

    /** No confinement: for tests and callers that trust every policy they compile. */
    public static ProjectTree anywhere() {
        return ANYWHERE;
    }

    /** The files under {@code root} and under each of {@code allowed}. */
    public static ProjectTree of(Path root, Collection<Path> allowed) {
        List<Path> all = new ArrayList<>();
        all.add(real(root));
        allowed.forEach(path -> all.add(real(path)));
        return new ProjectTree(List.copyOf(all));
    }

    /** The files under any of {@code roots} (at least one). */
    public static ProjectTree of(Collection<Path> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a project tree needs a root");
        }
        return new ProjectTree(roots.stream().map(ProjectTree::real).toList());
    }

    /** The first root: the project's folder, as diagnostics name it; empty for anywhere. */
    public Optional<Path> root() {
        return roots == null ? Optional.empty() : Optional.of(roots.get(0));
    }

    /** Whether {@code file} (real path compared, existing or not) lies under some root. */
    public boolean contains(Path file) {
        if (roots == null) {
            return true;
        }
        Path real = real(file);
        return roots.stream().anyMatch(real::startsWith);
    }

    /**
     * The real path of {@code path}: symbolic links followed as far as the path exists, then
     * the rest of it normalised. Nothing is normalised before the links are followed, since
     * {@code link/..} leads where the link leads, not back.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
            } catch (IOException e) {
                existing = existing.getParent();
            }
        }
        return absolute.normalize();
    }
}
