package dev.verdict.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy texts for the loader's tests, and a way to write them into a directory. */
final class Policies {

    /** Approves size returns under {@code limit} dollars; its test expects that of $50. */
    static String sizes(int limit) {
        return """
                policy "Sizes"
                platform tiktok_us

                rule small_size:
                  when reason = size and amount < %d and buyer.refunds_30d < 3
                  then approve_return_label

                otherwise manual_review

                test defaults: request = return_and_refund, reason = size, amount = 50,
                  since_delivery = 3d, buyer.refunds_30d = 0

                test "a $50 size return gets a label":
                  expect approve_return_label by small_size
                """.formatted(limit);
    }

    /** A policy whose rule names a field the schema lacks: E0201. */
    static final String BROKEN = sizes(80).replace("reason = size", "reasn = size");

    /** Checks cleanly, but its test fails: no $50 return is under $40. */
    static final String FAILING_TEST = sizes(40);

    /** Sends everything to a person; {@code tag} tells versions apart in decisions. */
    static String reviewAll(String tag) {
        return """
                platform tiktok_us
                otherwise manual_review, tag("%s")
                """.formatted(tag);
    }

    /** A request the {@link #sizes} policies decide, as a parsed JSON body would be. */
    static java.util.Map<String, Object> sizeReturn(String amount) {
        return java.util.Map.of("request", "return_and_refund", "reason", "size",
                "amount", amount, "category", "womenswear", "since_delivery", "3d",
                "buyer", java.util.Map.of("refunds_30d", 0));
    }

    static Path write(Path directory, String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Policies() {
    }
}
