package dev.verdict.interp;

import java.util.List;

/** The results of a run of {@code test} blocks, in the order they ran. */
public record TestReport(List<TestResult> results) {

    public TestReport {
        results = List.copyOf(results);
    }

    public int passed() {
        return (int) results.stream().filter(TestResult::passed).count();
    }

    public int failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    /** {@code 3 passed, 1 failed}: the last line {@code verdict test} prints (SPEC §11). */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
