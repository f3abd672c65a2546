package dev.verdict.engine;

/**
 * The Java runtime has no compiler ({@code javax.tools}): a bare JRE. Generated evaluators cannot
 * be compiled in memory there; callers fall back to the interpreter.
 */
public final class NoJavaCompilerException extends RuntimeException {

    public NoJavaCompilerException() {
        super("this Java runtime has no compiler (javax.tools); the compiled engine needs a JDK");
    }
}
