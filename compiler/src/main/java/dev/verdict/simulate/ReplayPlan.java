package dev.verdict.simulate;

import dev.verdict.request.ReaderRecipe;
import dev.verdict.runtime.Evaluator;
import java.io.Serializable;

/**
 * What replaying a part of a history needs besides the evaluators, as plain values that can be
 * sent to another machine (a Spark executor): how requests are read, which rule made a
 * decision and what it pays back, for the policy and the baseline. There, {@link #worker}
 * replays lines into a {@link ReplayBlock} that goes back to {@link Simulator#add}.
 *
 * @param baseline null without a baseline
 * @param amountField the index of the schema's amount field
 * @param examples how many changed requests a block keeps
 */
public record ReplayPlan(ReaderRecipe reader, int maxLineBytes, int amountField,
                         DeciderTable policy, DeciderTable baseline, int examples)
        implements Serializable {

    /**
     * A worker for one thread that replays lines with {@code policy} and {@code baseline}
     * (null without one): evaluators of the policies this plan was made for.
     */
    public ReplayWorker worker(Evaluator policy, Evaluator baseline) {
        if ((baseline == null) != (this.baseline == null)) {
            throw new IllegalArgumentException("a replay with"
                    + (this.baseline == null ? "out" : "") + " a baseline needs "
                    + (this.baseline == null ? "one" : "two") + " evaluators");
        }
        return new ReplayWorker(new Replay(this, reader.reader(), policy, baseline));
    }
}
