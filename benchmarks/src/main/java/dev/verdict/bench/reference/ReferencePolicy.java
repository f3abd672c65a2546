package dev.verdict.bench.reference;

import dev.verdict.bench.Policies;
import dev.verdict.ir.CheckedPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference policy of the benchmarks ({@code reference.policy}: 14 rules behind the
 * {@code tiktok_us} platform guard), as text and compiled by Verdict.
 */
public final class ReferencePolicy {

    /** The name the policy is compiled under. */
    public static final String NAME = "reference.policy";

    private ReferencePolicy() {
    }

    public static String text() {
        String resource = "/dev/verdict/bench/" + NAME;
        try (InputStream in = ReferencePolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(NAME + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The policy checked by Verdict (analysis included). */
    public static CheckedPolicy checked() {
        return Policies.compile(NAME, text(), true);
    }
}
