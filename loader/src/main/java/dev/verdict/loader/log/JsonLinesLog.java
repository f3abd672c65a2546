package dev.verdict.loader.log;

import dev.verdict.runtime.Json;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A decision log in JSON Lines, one decision per line:
 * <pre>
 * {"time":"2026-12-02T10:15:30.123456Z","policy":"refunds","version":"sha256:…","label":null,
 *  "latency_ns":2100,"request":{…},"decision":{"outcome":…}}
 * </pre>
 * Asynchronous and bounded: {@link #record} puts the decision in a queue of fixed capacity and
 * returns; it never waits for the writer, nor for the disk (the only wait is the queue's lock,
 * held by either side for a constant-time insertion or removal). One thread formats and writes
 * the lines. When the queue is full the decision is dropped and counted ({@link #dropped()});
 * once the writer catches up it writes {@code {"dropped":N,"time":…}} in the log, so the gap is
 * visible where it happened. Masked fields ({@link FieldMask}) are masked by the writer.
 */
public final class JsonLinesLog implements DecisionLog, AutoCloseable {

    /** How many decisions may wait for the writer unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 8192;

    private static final int BATCH = 256;
    private static final long POLL_MILLIS = 100;

    private final Writer out;
    private final FieldMask mask;
    private final BlockingQueue<LoggedDecision> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;
    private long droppedReported;
    private volatile boolean closing;

    private JsonLinesLog(Writer out, int capacity, FieldMask mask) {
        this.out = out;
        this.mask = mask;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::run, "verdict-decision-log");
        this.writer.setDaemon(true);
    }

    /**
     * A log writing to {@code out} (closed by {@link #close()}), holding up to {@code capacity}
     * decisions that wait for the writer.
     */
    public static JsonLinesLog start(Writer out, int capacity, FieldMask mask) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the capacity must be at least 1, not " + capacity);
        }
        JsonLinesLog log = new JsonLinesLog(out, capacity, mask);
        log.writer.start();
        return log;
    }

    @Override
    public void record(LoggedDecision decision) {
        if (closing || !queue.offer(decision)) {
            dropped.incrementAndGet();
        }
    }

    /** Decisions dropped because the queue was full (or the log closed), since it started. */
    public long dropped() {
        return dropped.get();
    }

    /** Decisions written. */
    public long written() {
        return written.get();
    }

    /** Batches the writer could not write (an I/O error); their decisions are lost. */
    public long failedWrites() {
        return failed.get();
    }

    /**
     * Stops taking decisions, writes those queued, then closes the writer; waits up to
     * {@code timeoutMillis} for that. The writer thread is never interrupted, so a file it
     * writes to is not closed mid-line.
     */
    public void close(long timeoutMillis) throws InterruptedException {
        closing = true;
        writer.join(timeoutMillis);
    }

    @Override
    public void close() throws InterruptedException {
        close(10_000);
    }

    private void run() {
        List<LoggedDecision> batch = new ArrayList<>(BATCH);
        while (!closing || !queue.isEmpty()) {
            try {
                LoggedDecision first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                }
            } catch (InterruptedException e) {
                closing = true;
            }
            queue.drainTo(batch, BATCH - batch.size());
            write(batch);
        }
        write(batch);
        try {
            out.close();
        } catch (IOException e) {
            failed.incrementAndGet();
        }
    }

    private void write(List<LoggedDecision> batch) {
        StringBuilder lines = new StringBuilder();
        long drops = dropped.get();
        if (drops > droppedReported) {
            lines.append("{\"dropped\":").append(drops - droppedReported).append(",\"time\":");
            Json.string(lines, Instant.now().toString());
            lines.append("}\n");
            droppedReported = drops;
        }
        for (LoggedDecision decision : batch) {
            line(lines, decision);
        }
        if (lines.length() == 0) {
            return;
        }
        try {
            out.write(lines.toString());
            out.flush();
            written.addAndGet(batch.size());
        } catch (IOException e) {
            failed.incrementAndGet();
        }
        batch.clear();
    }

    private void line(StringBuilder out, LoggedDecision d) {
        out.append("{\"time\":");
        Json.string(out, d.time().toString());
        out.append(",\"policy\":");
        Json.string(out, d.policy());
        out.append(",\"version\":");
        Json.string(out, d.version().hash());
        out.append(",\"label\":");
        JsonText.value(out, d.version().label());
        out.append(",\"latency_ns\":").append(d.latencyNanos());
        out.append(",\"request\":");
        JsonText.value(out, mask.apply(d.request()));
        out.append(",\"decision\":").append(d.decision().toJson()).append("}\n");
    }
}
