package dev.verdict.engine;

import java.util.Map;

/** Defines classes from class files held in memory; everything else comes from its parent. */
final class MemoryClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;

    MemoryClassLoader(ClassLoader parent, Map<String, byte[]> classes) {
        super(parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
