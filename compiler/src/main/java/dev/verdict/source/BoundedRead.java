package dev.verdict.source;

import dev.verdict.syntax.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a policy, profile or schema file as UTF-8 text without ever holding more than the
 * limit: a regular file's size is checked before it is read, and any other file (a device such
 * as {@code /dev/zero}, a pipe) is read up to one byte past the limit. Text that is not UTF-8 is
 * refused with the offset of its first bad byte.
 */
public final class BoundedRead {

    /** Bytes of one policy, profile or schema: the parser's limit. */
    public static final int MAX_FILE_BYTES = InputLimits.MAX_FILE_BYTES;

    private BoundedRead() {
    }

    /** Why a file was not read: its size, or its bytes; the message says which. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The text of {@code file}, of at most {@link #MAX_FILE_BYTES} bytes. */
    public static String text(Path file) throws IOException {
        return text(file, MAX_FILE_BYTES);
    }

    /** The text of {@code file}, of at most {@code limit} bytes. */
    static String text(Path file, int limit) throws IOException {
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > limit) {
                throw new Refused("it is " + size + " bytes, over the limit of " + limit);
            }
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw new Refused("it is over the limit of " + limit + " bytes");
        }
        return utf8(bytes);
    }

    /** The bytes as UTF-8 text, refusing a malformed sequence with its offset. */
    static String utf8(byte[] bytes) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused("it is not UTF-8 text (byte offset " + in.position() + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
