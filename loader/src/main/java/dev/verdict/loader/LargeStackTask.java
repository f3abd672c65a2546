package dev.verdict.loader;

import dev.verdict.syntax.InputLimits;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a thread of its own with the compiler's stack ({@link InputLimits#STACK_BYTES}):
 * parsing, checking and analysing recurse as deep as a policy's conditions nest. A load runs on
 * one, and its analysis on another, alongside the generating and compiling of the code.
 */
final class LargeStackTask<T> {

    private final String name;
    private final FutureTask<T> task;

    private LargeStackTask(String name, FutureTask<T> task) {
        this.name = name;
        this.task = task;
    }

    /** Starts {@code work} on a thread named {@code name}. */
    static <T> LargeStackTask<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        new Thread(null, task, name, InputLimits.STACK_BYTES).start();
        return new LargeStackTask<>(name, task);
    }

    /** The work's result once it is done; what it threw is thrown here as it was. */
    T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(name + " failed", e.getCause());
        }
    }
}
