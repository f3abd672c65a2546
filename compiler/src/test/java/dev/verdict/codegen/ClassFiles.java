package dev.verdict.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/** Generated sources compiled by javac into a directory, and what their class files hold. */
final class ClassFiles {

    private final Path directory;

    private ClassFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes the files under {@code directory} and compiles them there; javac must succeed. */
    static ClassFiles compile(List<JavaFile> files, Path directory) throws IOException {
        JavaSources.write(directory, files);
        List<String> arguments = new ArrayList<>(List.of("-d", directory.toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> arguments.add(p.toString()));
        }
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, arguments.toArray(String[]::new));
        assertEquals(0, status, "javac failed on the generated code");
        return new ClassFiles(directory);
    }

    /** The size of each class file's constant pool, by class file name. */
    Map<String, Integer> constantPools() throws IOException {
        Map<String, Integer> pools = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                    in.readInt();
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    pools.put(file.getFileName().toString(), in.readUnsignedShort() - 1);
                }
            }
        }
        return pools;
    }

    /** A new instance of the class {@code name} (no-argument constructor). */
    Object instance(String name) throws ReflectiveOperationException, IOException {
        URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()},
                ClassFiles.class.getClassLoader());
        return loader.loadClass(name).getDeclaredConstructor().newInstance();
    }
}
