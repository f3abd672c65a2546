package dev.verdict.engine;

/**
 * Generated code that javac refused, or whose classes could not be loaded: a bug in Verdict, not
 * in the policy. The message quotes each error with its generated source line.
 */
public final class GeneratedCodeException extends RuntimeException {

    public GeneratedCodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
