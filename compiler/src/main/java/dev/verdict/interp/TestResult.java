package dev.verdict.interp;

import dev.verdict.ir.TestCase;
import dev.verdict.runtime.Decision;

/**
 * How one {@code test} block fared: the decision its request got, and {@code failure}, a sentence
 * for a person saying what was expected and what happened, or null when it passed.
 */
public record TestResult(TestCase test, Decision decision, String failure) {

    public boolean passed() {
        return failure == null;
    }
}
