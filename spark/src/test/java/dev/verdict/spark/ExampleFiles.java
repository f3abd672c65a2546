package dev.verdict.spark;

import java.nio.file.Path;

/** The repository's example files that the Spark tests decide, from this module's folder. */
final class ExampleFiles {

    /** The example service's refunds policy. */
    static final Path REFUNDS =
            Path.of("../examples/service/src/main/verdict/refunds.policy");
    /** Its next version, as {@code docs/} shows it. */
    static final Path REFUNDS_V2 = Path.of("../docs/examples/refunds-v2.policy");
    /** The example history of refund requests. */
    static final Path REFUNDS_HISTORY = Path.of("../examples/history/refunds.jsonl");

    private ExampleFiles() {
    }
}
