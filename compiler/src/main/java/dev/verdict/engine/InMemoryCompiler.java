package dev.verdict.engine;

import com.palantir.javapoet.JavaFile;
import dev.verdict.codegen.JavaSources;
import dev.verdict.runtime.Evaluator;
import dev.verdict.syntax.InputLimits;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code javax.tools} in memory and loads them in a fresh class
 * loader whose parent is the one that loaded the runtime, so that the evaluators implement the
 * caller's {@link Evaluator}. javac runs on a thread with a large stack: generated methods are
 * shallow, but javac's own recursion grows with a class's size.
 */
public final class InMemoryCompiler {

    /** File managers not in use by a compilation; each is used by one at a time. */
    private static final Queue<StandardJavaFileManager> IDLE_FILE_MANAGERS =
            new ConcurrentLinkedQueue<>();

    private InMemoryCompiler() {
    }

    /** The compiled classes of one compilation, by qualified name. */
    public static final class CompiledClasses {
        private final ClassLoader loader;

        private CompiledClasses(ClassLoader loader) {
            this.loader = loader;
        }

        /** The class with this qualified name, initialised. */
        public Class<?> type(String qualifiedName) {
            try {
                return Class.forName(qualifiedName, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new GeneratedCodeException("generated class " + qualifiedName
                        + " cannot be loaded: "
                        + e, e);
            }
        }

        /** A new instance of the evaluator class with this qualified name. */
        public Evaluator evaluator(String qualifiedName) {
            try {
                return (Evaluator) type(qualifiedName).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new GeneratedCodeException("generated class " + qualifiedName
                        + " is not an evaluator: " + e, e);
            }
        }
    }

    /**
     * Compiles the files together (several evaluators may share one request class: files with the
     * same qualified name must be identical, and are compiled once).
     *
     * @throws NoJavaCompilerException on a Java runtime without a compiler
     * @throws GeneratedCodeException when javac rejects the code, naming each error and its line
     */
    public static CompiledClasses compile(Collection<JavaFile> files) {
        return load(classFiles(files));
    }

    /**
     * As {@link #compile}, but the class files themselves, by qualified class name: to load
     * them elsewhere (another JVM) with {@link #load}.
     */
    public static Map<String, byte[]> classFiles(Collection<JavaFile> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new NoJavaCompilerException();
        }
        List<JavaFileObject> sources = JavaSources.distinct(files).values().stream()
                .map(JavaFile::toJavaFileObject).toList();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(run(javac, sources));
            } catch (RuntimeException | Error e) {
                outcome.set(e);
            }
        }, "verdict-javac", InputLimits.STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeneratedCodeException("interrupted while compiling generated code", e);
        }
        Object result = outcome.get();
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw new GeneratedCodeException("javac failed on generated code: " + e, e);
        }
        @SuppressWarnings("unchecked")
        Map<String, byte[]> classes = (Map<String, byte[]>) result;
        return classes;
    }

    /**
     * Loads class files made by {@link #classFiles} in a fresh class loader whose parent is the
     * one that loaded the runtime.
     */
    public static CompiledClasses load(Map<String, byte[]> classFiles) {
        return new CompiledClasses(new MemoryClassLoader(Evaluator.class.getClassLoader(),
                classFiles));
    }

    /**
     * Runs javac with a file manager kept from an earlier compilation when one is idle: it keeps
     * what it has read of the JDK's and the runtime's classes, which a compilation of a small
     * policy otherwise spends most of its time on. No debugging information: nobody steps
     * through generated code, and the class files are smaller.
     */
    private static Map<String, byte[]> run(JavaCompiler javac, Collection<JavaFileObject> sources) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = IDLE_FILE_MANAGERS.poll();
        if (standard == null) {
            standard = javac.getStandardFileManager(null, Locale.ROOT, null);
        }
        try {
            MemoryFileManager files = new MemoryFileManager(standard);
            List<String> options = List.of("-classpath", runtimeClassPath(), "-proc:none",
                    "-g:none", "-nowarn", "-Xlint:none", "-implicit:none");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, sources).call();
            if (!ok) {
                throw new GeneratedCodeException(errors(diagnostics.getDiagnostics()), null);
            }
            return files.classes();
        } finally {
            IDLE_FILE_MANAGERS.offer(standard);
        }
    }

    /** Where the runtime's classes are: a jar or a directory. */
    private static String runtimeClassPath() {
        CodeSource source = Evaluator.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return new File(source.getLocation().toURI()).getPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return System.getProperty("java.class.path");
            }
        }
        return System.getProperty("java.class.path");
    }

    private static String errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder message =
                new StringBuilder("generated code does not compile (a bug in Verdict):");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "?" : d.getSource().getName();
            message.append('\n').append(file).append(':').append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(Locale.ROOT));
            String line = sourceLine(d);
            if (line != null) {
                message.append("\n    ").append(line.strip());
            }
        }
        return message.toString();
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return null;
        }
        try {
            List<String> lines = d.getSource().getCharContent(true).toString().lines().toList();
            return d.getLineNumber() <= lines.size() ? lines.get((int) d.getLineNumber() - 1)
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
