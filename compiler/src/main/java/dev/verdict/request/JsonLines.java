package dev.verdict.request;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Cuts a JSON Lines stream into {@link LineBlock}s of whole lines, about a block size each,
 * without decoding anything: the lines are decoded where they are decided, in parallel.
 * A line longer than the cap is not read into memory: its bytes are skipped up to its line end,
 * and it comes as a block of its own ({@link LineBlock#tooLong()}). Memory: one block of at most
 * {@code blockBytes + maxLineBytes + 1} bytes at a time. Not thread-safe.
 */
public final class JsonLines {

    /** How many bytes a block reads at a time unless told otherwise. */
    public static final int BLOCK_BYTES = 1 << 20;

    /** The most buffers kept for reuse: enough for the blocks a run has in flight. */
    private static final int MAX_SPARE = 64;

    private final InputStream in;
    private final int maxLineBytes;
    private final int blockBytes;
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private byte[] carry = new byte[0];
    private int carried;
    private boolean ended;

    /** Lines of {@code in}; one over {@code maxLineBytes} bytes (end excluded) is too long. */
    public JsonLines(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, BLOCK_BYTES);
    }

    /** As {@link #JsonLines(InputStream, int)}, reading {@code blockBytes} at a time. */
    public JsonLines(InputStream in, int maxLineBytes, int blockBytes) {
        if (maxLineBytes < 1 || blockBytes < 1) {
            throw new IllegalArgumentException("the line cap and the block size must be at least "
                    + "1 byte");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.blockBytes = blockBytes;
    }

    /** The longest line read, in bytes. */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    /** The next block of lines, or null after the last. */
    public LineBlock next() throws IOException {
        while (true) {
            if (ended && carried == 0) {
                return null;
            }
            byte[] block = buffer(carried + blockBytes);
            System.arraycopy(carry, 0, block, 0, carried);
            int filled = carried + fill(block, carried);
            int lastNewline = lastNewline(block, filled);
            if (lastNewline >= 0) {
                keep(block, lastNewline + 1, filled);
                return LineBlock.of(block, lastNewline + 1, maxLineBytes);
            }
            if (ended) {
                carried = 0;
                return filled == 0 ? null : LineBlock.of(block, filled, maxLineBytes);
            }
            if (filled > maxLineBytes + 1) {
                skipRestOfLine();
                return LineBlock.tooLong();
            }
            keep(block, 0, filled);
        }
    }

    /**
     * Takes back the bytes of a block whose lines have all been handed on, to read a later
     * block into; so a long history reuses a few buffers instead of allocating one per block.
     */
    public void recycle(LineBlock block) {
        byte[] bytes = block.bytes();
        if (bytes != null && spare.size() < MAX_SPARE) {
            spare.push(bytes);
        }
    }

    private byte[] buffer(int length) {
        byte[] bytes = spare.poll();
        return bytes != null && bytes.length >= length ? bytes : new byte[length];
    }

    /** Keeps {@code block[from, to)}, the start of a line, for the next block. */
    private void keep(byte[] block, int from, int to) {
        carry = Arrays.copyOfRange(block, from, to);
        carried = to - from;
    }

    private int fill(byte[] block, int from) throws IOException {
        int filled = 0;
        while (from + filled < block.length && !ended) {
            int read = in.read(block, from + filled, block.length - from - filled);
            if (read < 0) {
                ended = true;
            } else {
                filled += read;
            }
        }
        return filled;
    }

    /** The last {@code \n} in {@code block[0, to)}, or -1. */
    private static int lastNewline(byte[] block, int to) {
        for (int i = to - 1; i >= 0; i--) {
            if (block[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Reads and drops bytes up to the next line end; keeps what follows it. */
    private void skipRestOfLine() throws IOException {
        byte[] buffer = new byte[blockBytes];
        while (true) {
            int read = in.read(buffer);
            if (read < 0) {
                ended = true;
                carried = 0;
                return;
            }
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    keep(buffer, i + 1, read);
                    return;
                }
            }
        }
    }
}
