package dev.verdict.request;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Works on the blocks of a {@link JsonLines} stream on several threads and hands the results
 * on <em>in input order</em>, so that what comes out does not depend on the thread count. The
 * calling thread reads blocks and merges results; at most {@code 2 * threads} blocks are in
 * flight, which bounds memory whatever the stream's length. With one thread, everything runs on
 * the calling thread.
 *
 * @param threads how many threads work on blocks, at least 1
 */
public record ParallelBlocks(int threads) {

    public ParallelBlocks {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread, not " + threads);
        }
    }

    /** As many threads as the machine has processors. */
    public static ParallelBlocks allCores() {
        return new ParallelBlocks(Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs a worker from {@code workers} (one per thread, made on first use, kept for the run)
     * on every block of {@code lines}, and hands each result to {@code merge} in block order.
     */
    public <W extends Function<LineBlock, R>, R> void run(JsonLines lines, Supplier<W> workers,
                                                          Consumer<R> merge) throws IOException {
        if (threads == 1) {
            W worker = workers.get();
            for (LineBlock block = lines.next(); block != null; block = lines.next()) {
                R result = worker.apply(block);
                lines.recycle(block);
                merge.accept(result);
            }
            return;
        }
        ThreadLocal<W> worker = ThreadLocal.withInitial(workers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "verdict-block");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<InFlight<R>> inFlight = new ArrayDeque<>();
        try {
            for (LineBlock block = lines.next(); block != null; block = lines.next()) {
                if (inFlight.size() >= 2 * threads) {
                    merge.accept(inFlight.poll().result(lines));
                }
                LineBlock next = block;
                inFlight.add(new InFlight<>(next, pool.submit(() -> worker.get().apply(next))));
            }
            while (!inFlight.isEmpty()) {
                merge.accept(inFlight.poll().result(lines));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A block being worked on, and its result to come. */
    private record InFlight<R>(LineBlock block, Future<R> future) {

        /** The result, once the block is done; its bytes go back to {@code lines}. */
        R result(JsonLines lines) {
            R result = ParallelBlocks.result(future);
            lines.recycle(block);
            return result;
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deciding requests", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
