package dev.verdict.maven;

import dev.verdict.syntax.InputLimits;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs a goal's work on a thread with a large stack: parsing, checking and interpreting recurse
 * as deep as a policy's conditions nest, which Maven's own thread may not afford. The goal's
 * own exceptions reach the caller as they were thrown; any other (a bug) becomes a
 * {@link MojoExecutionException} naming it, rather than a bare stack trace.
 */
final class LargeStack {

    /** Work of a goal. */
    interface Work<T> {
        T run() throws Exception;
    }

    private LargeStack() {
    }

    static <T> T run(String name, Work<T> work) throws MojoExecutionException,
            MojoFailureException {
        Object[] outcome = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = work.run();
            } catch (Exception | Error e) {
                thrown[0] = e;
            }
        }, name, InputLimits.STACK_BYTES);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while running " + name, e);
        }
        rethrow(name, thrown[0]);
        @SuppressWarnings("unchecked")
        T result = (T) outcome[0];
        return result;
    }

    private static void rethrow(String name, Throwable thrown) throws MojoExecutionException,
            MojoFailureException {
        if (thrown == null) {
            return;
        }
        if (thrown instanceof MojoFailureException e) {
            throw e;
        }
        if (thrown instanceof MojoExecutionException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        throw new MojoExecutionException(name + " failed: " + thrown, thrown);
    }
}
