package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.pipeline.Compilation;
import dev.verdict.pipeline.Compiler;
import dev.verdict.pipeline.CompilerOptions;
import dev.verdict.pipeline.PolicyHash;
import dev.verdict.source.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {

    private static final String CLEAN = "platform tiktok_us\n"
            + "when request = cancel and amount < 50 then approve_cancel\n";

    @TempDir
    Path dir;

    @Test
    void writesTheEvaluatorAndTheRequestClassUnderThePackage() throws IOException {
        Path policy = Cli.write(dir, "src/cancel-fast.policy", CLEAN);
        Path out = dir.resolve("gen");
        Cli.Result result = Cli.run("compile", "--out", out, "--package", "com.shop.rules", policy);
        assertEquals(0, result.exit(), result.err());
        Path evaluator = out.resolve("com/shop/rules/CancelFastPolicy.java");
        String source = Files.readString(evaluator);
        assertTrue(source.startsWith("// "), source.substring(0, 80));
        assertTrue(source.contains("package com.shop.rules;"));
        assertTrue(Files.exists(out.resolve("com/shop/rules/AftersaleRequest.java")));
        assertTrue(Files.exists(out.resolve("com/shop/rules/AftersaleOutcome.java")));
        String registry = Files.readString(out.resolve("com/shop/rules/Evaluators.java"));
        assertTrue(registry.contains("all.put(\"cancel-fast\", new CancelFastPolicy());"),
                registry);
    }

    /** The class carries the policy's content hash, the one a loader gives the same file. */
    @Test
    void theEvaluatorCarriesThePolicysVersionHash() throws IOException {
        Path policy = Cli.write(dir, "cancel.policy", CLEAN);
        Path out = dir.resolve("gen");
        assertEquals(0, Cli.run("compile", "--out", out, policy).exit());
        String source = Files.readString(out.resolve("verdict/generated/CancelPolicy.java"));
        Compilation compilation = new Compiler(Schemas.aftersale(),
                new CompilerOptions(null, false)).compile(policy);
        String hash = PolicyHash.of(compilation);
        assertTrue(hash.matches("sha256:[0-9a-f]{64}"), hash);
        assertTrue(source.contains("public static final String VERSION_HASH = \"" + hash
                + "\";"), source);
    }

    /** `--plan` tells each policy's dispatch plan on standard output; without it, silence. */
    @Test
    void planPrintsEachPolicysDispatchPlanAndItsPredictedCost() throws IOException {
        Path small = Cli.write(dir, "small.policy", CLEAN);
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        String[] reasons = {"size", "damaged"};
        for (int i = 0; i < 200; i++) {
            text.append("when reason = ").append(reasons[i % reasons.length])
                    .append(" and amount >= ").append(i).append(" and amount < ").append(i + 2)
                    .append(" then manual_review\n");
        }
        Path large = Cli.write(dir, "large.policy", text.toString());
        Path out = dir.resolve("gen");
        Cli.Result quiet = Cli.run("compile", "--out", out, small);
        assertEquals("", quiet.out());
        Cli.Result result = Cli.run("compile", "--out", out, "--plan", small, large);
        assertEquals(0, result.exit(), result.err());
        String[] lines = result.out().split("\n");
        assertEquals(2, lines.length, result.out());
        // the policy's rule and the platform's guard on the return window
        assertTrue(lines[0].matches(".*small\\.policy: one list of 2 rules; per decision 2\\.0 "
                + "rule tests \\(at most 2\\); 2 in the code; predicted \\d+\\.\\d ns"),
                lines[0]);
        // the guard first; the cells of the two reasons and of the rest; amount bands in two
        assertTrue(lines[1].contains("large.policy: 1 rule tested first, then a jump on reason "
                + "(14 cells, 3 targets), then a search of amount in 2 of them; "), lines[1]);
    }

    @Test
    void writesNothingWhenAPolicyHasErrors() throws IOException {
        Path good = Cli.write(dir, "a.policy", CLEAN);
        Path bad = Cli.write(dir, "b.policy",
                "platform tiktok_us\nwhen reasn = size then manual_review\n");
        Path out = dir.resolve("gen");
        Cli.Result result = Cli.run("compile", "--out", out, good, bad);
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("error[E0201]"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void twoPoliciesMakingOneClassAreRefused() throws IOException {
        Cli.write(dir, "x/returns.policy", CLEAN);
        Cli.write(dir, "y/returns.policy", CLEAN);
        Path out = dir.resolve("gen");
        Cli.Result result = Cli.run("compile", "--out", out, dir.resolve("x"), dir.resolve("y"));
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("both make the class `ReturnsPolicy`"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadPackageNameIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("compile", "--out", dir, "--package", "com.2shop",
                Cli.write(dir, "a.policy", CLEAN));
        assertEquals(2, result.exit());
        assertTrue(result.err().contains("`com.2shop` is not a Java package name"), result.err());
    }
}
