package dev.verdict.analysis;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.ValueText;
import dev.verdict.runtime.Decision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact semantic difference of two versions of a policy: every region of requests that the
 * two decide differently, with the analysis' decision procedure. Each version's requests are
 * partitioned by who decides them ({@link DecisionRegions}), strings by the literals either
 * version names ({@link TextValues}); each pair of parts, one per
 * version, whose decisions differ and whose regions meet is a {@link Change}. Two decisions
 * are the same when their outcome, arguments and obligations are: which rule makes them, and
 * on which line, does not count, so reordering rules that never overlap, renaming a rule or
 * reformatting the file changes nothing.
 */
public final class PolicyDiff {

    private PolicyDiff() {
    }

    /** The changes from {@code before} to {@code after}, in their evaluation order. */
    public static List<Change> between(CheckedPolicy before, CheckedPolicy after,
                                       AnalysisOptions options) {
        if (before.schema() != after.schema()) {
            throw new IllegalArgumentException("the versions use different schemas, "
                    + before.schema().name() + " and " + after.schema().name());
        }
        Duration time = options.timeBudget();
        Budget budget = new Budget(System.nanoTime() + time.toNanos(), options.maxCubes());
        TextValues texts = TextValues.of(before, after);
        if (texts.tooMany() != null) {
            throw new Incomplete("`" + texts.tooMany().path() + "` is compared with more than "
                    + TextValues.MAX_LITERALS + " strings");
        }
        Space space = new Space(after.schema(), budget, texts);
        ValueText values = ValueText.withoutCurrency(after.currencyDecimals());
        Examples examples = new Examples(space, values, after.currencyDecimals());
        CubeText text = new CubeText(space, values);
        try {
            List<DecisionRegions.Part> old = DecisionRegions.of(before, space);
            List<DecisionRegions.Part> now = DecisionRegions.of(after, space);
            List<Change> changes = new ArrayList<>();
            for (DecisionRegions.Part was : old) {
                for (DecisionRegions.Part is : now) {
                    if (sameEffect(was.decision(), is.decision())) {
                        continue;
                    }
                    Region both = was.region().intersect(is.region());
                    if (!both.isEmpty()) {
                        Region region = both.coalesced();
                        List<String> cases = region.cubes().stream().map(text::describe)
                                .toList();
                        changes.add(new Change(was.decision(), is.decision(), region, cases,
                                examples.in(region)));
                    }
                }
            }
            return changes;
        } catch (Budget.Exhausted e) {
            throw new Incomplete(e.timeUp() ? "the time budget of " + time.toSeconds()
                    + " s ran out" : "the regions split into more than " + options.maxCubes()
                    + " cases");
        }
    }

    /** Whether two decisions do the same, whoever made them. */
    static boolean sameEffect(Decision a, Decision b) {
        return a.outcome().equals(b.outcome()) && a.args().equals(b.args())
                && a.obligations().equals(b.obligations());
    }

    /** The budget ran out before the difference was exact: nothing is reported. */
    public static final class Incomplete extends RuntimeException {
        Incomplete(String why) {
            super(why);
        }
    }
}
