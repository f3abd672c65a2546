package dev.verdict.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes generated sources under a directory, one {@code .java} file per class in its package's
 * folders, in UTF-8 ({@code verdict compile --out DIR}, the Maven plugin). A class generated
 * twice (the request class shared by several policies) is written once.
 */
public final class JavaSources {

    private JavaSources() {
    }

    /**
     * Writes the files; returns the paths written, in order.
     *
     * @throws IllegalArgumentException when two different classes have one name
     */
    public static List<Path> write(Path directory, List<JavaFile> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (JavaFile file : distinct(files).values()) {
            written.add(file.writeToPath(directory, StandardCharsets.UTF_8));
        }
        return written;
    }

    /**
     * The files by qualified class name, each once.
     *
     * @throws IllegalArgumentException when two different classes have one name
     */
    public static Map<String, JavaFile> distinct(Collection<JavaFile> files) {
        Map<String, JavaFile> unique = new LinkedHashMap<>();
        for (JavaFile file : files) {
            String name = file.packageName().isEmpty() ? file.typeSpec().name()
                    : file.packageName() + "." + file.typeSpec().name();
            JavaFile before = unique.putIfAbsent(name, file);
            if (before != null && !before.toString().equals(file.toString())) {
                throw new IllegalArgumentException("two different classes named " + name);
            }
        }
        return unique;
    }
}
