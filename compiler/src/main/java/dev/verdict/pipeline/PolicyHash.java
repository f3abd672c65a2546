package dev.verdict.pipeline;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The content hash that names a version of a policy: SHA-256 over the exact text of the policy
 * file, then of every other file its compilation read (its platform profile; schema files),
 * then of its schema's definition. Paths and names never count, so a build-time evaluator and
 * one loaded at run time from the same files agree, wherever the files lie.
 *
 * <p>The canonical input: the line {@code verdict-version 1}, then per part the line
 * {@code KIND LENGTH} ({@code policy}, {@code source} or {@code schema}, and the byte count of
 * the part) followed by the part's UTF-8 bytes and a newline. The files are read as UTF-8, so
 * their text encodes back to the bytes on disk. The {@code source} parts are in byte order.
 */
public final class PolicyHash {

    private static final String PREFIX = "sha256:";

    private PolicyHash() {
    }

    /** The hash of a compilation without errors. */
    public static String of(Compilation compilation) {
        CheckedPolicy policy = compilation.policy();
        if (policy == null) {
            throw new IllegalArgumentException("a policy with errors has no version");
        }
        return of(policy, compilation.sources());
    }

    /** The hash of {@code policy}, whose compilation read the files in {@code sources}. */
    public static String of(CheckedPolicy policy, Map<String, String> sources) {
        String text = sources.get(policy.file());
        if (text == null) {
            throw new IllegalArgumentException("no text for " + policy.file());
        }
        List<byte[]> others = new ArrayList<>();
        if (policy.profile() != null) {
            String profile = sources.get(policy.profile().file());
            if (profile == null) {
                throw new IllegalArgumentException("no text for " + policy.profile().file());
            }
            others.add(utf8(profile));
        }
        return of(utf8(text), others, schemaDefinition(policy.schema()));
    }

    /** The hash of the parts, as the class comment defines it. */
    static String of(byte[] policy, List<byte[]> sources, byte[] schema) {
        List<byte[]> sorted = new ArrayList<>(sources);
        sorted.sort(Arrays::compareUnsigned);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(utf8("verdict-version 1\n"));
        part(input, "policy", policy);
        sorted.forEach(source -> part(input, "source", source));
        part(input, "schema", schema);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toByteArray());
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void part(ByteArrayOutputStream input, String kind, byte[] bytes) {
        input.writeBytes(utf8(kind + " " + bytes.length + "\n"));
        input.writeBytes(bytes);
        input.write('\n');
    }

    /** The bytes of the file that defines the schema: its resource beside the schema loader. */
    private static byte[] schemaDefinition(Schema schema) {
        for (String extension : List.of(".schema", ".json")) {
            try (InputStream in = Schema.class.getResourceAsStream(schema.name() + extension)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return utf8("schema " + schema.name());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
