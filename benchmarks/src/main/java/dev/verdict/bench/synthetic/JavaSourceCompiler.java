package dev.verdict.bench.synthetic;

import dev.verdict.runtime.Decision;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one Java source in memory with the JDK's javac and loads the class. The class path is
 * this JVM's, plus where the benchmark and runtime classes were loaded from (Surefire and the
 * shaded benchmark jar hide them from {@code java.class.path}). Needs a JDK, not a bare JRE.
 */
final class JavaSourceCompiler {

    private JavaSourceCompiler() {
    }

    static Class<?> compile(String className, String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run on a JDK");
        }
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StringWriter errors = new StringWriter();
        StandardJavaFileManager standard = javac.getStandardFileManager(null, null, null);
        try (JavaFileManager files = new MemoryFiles(standard, classes)) {
            List<String> options = List.of("-classpath", classPath(), "-g:none", "-proc:none",
                    "--release", "17");
            boolean compiled = javac.getTask(errors, files, null, options, null,
                    List.of(new Source(className, source))).call();
            if (!compiled) {
                throw new IllegalStateException("javac rejected " + className + ":\n" + errors);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("javac failed on " + className, e);
        }
        ClassLoader loader = new ClassLoader(JavaSourceCompiler.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("javac produced no " + className, e);
        }
    }

    private static String classPath() {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Class<?> type : List.of(JavaSourceCompiler.class, Decision.class)) {
            try {
                path.append(File.pathSeparator).append(Path.of(
                        type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the classes of " + type, e);
            }
        }
        return path.toString();
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /** Keeps class files in memory, by binary name. */
    private static final class MemoryFiles
            extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        MemoryFiles(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className,
                                                   JavaFileObject.Kind kind, FileObject sibling) {
            URI uri = URI.create("mem:///" + className + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    classes.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}
