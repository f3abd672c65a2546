package dev.verdict.analysis;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.List;

/**
 * One region of requests whose decision a policy change alters: the decision before (with the
 * rule that made it) and after, the region as cases in the language's syntax (their union is
 * the region; see {@code docs/diff.md}), and an example request in it, printed as the analysis
 * prints its examples.
 */
public final class Change {

    private final Decision before;
    private final Decision after;
    private final Region region;
    private final List<String> cases;
    private final Example example;

    Change(Decision before, Decision after, Region region, List<String> cases, Example example) {
        this.before = before;
        this.after = after;
        this.region = region;
        this.cases = List.copyOf(cases);
        this.example = example;
    }

    public Decision before() {
        return before;
    }

    public Decision after() {
        return after;
    }

    /** The region as cases, each a conjunction of clauses; any request in one is in it. */
    public List<String> cases() {
        return cases;
    }

    public Example example() {
        return example;
    }

    /** Whether {@code request} is in this change's region. */
    public boolean contains(RequestValues request) {
        return region.contains(request);
    }
}
