package dev.verdict.simulate;

import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Source;
import dev.verdict.schema.Refund;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of {@link Deciders} a replay needs, as plain values that can be sent to another
 * machine: which decider made a decision (by source, rule name and line) and the money each
 * decider's outcome pays back.
 */
final class DeciderTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Key(Source source, String name, Integer line) implements Serializable {
    }

    private final Map<Key, Integer> indexes = new HashMap<>();
    private final Refund[] refunds;
    private final long[] percents;

    DeciderTable(List<Deciders.Decider> deciders) {
        refunds = new Refund[deciders.size()];
        percents = new long[deciders.size()];
        for (int i = 0; i < deciders.size(); i++) {
            Deciders.Decider decider = deciders.get(i);
            indexes.put(new Key(decider.source(), decider.name(), decider.line()), i);
            refunds[i] = decider.outcome().refunds();
            percents[i] = refunds[i] == Refund.PERCENT_OF_AMOUNT
                    ? Refunds.percent(decider.args()) : 0;
        }
    }

    int size() {
        return refunds.length;
    }

    /** The position of the decider that made {@code decision}. */
    int indexOf(Decision decision) {
        Integer index = indexes.get(new Key(decision.source(), decision.rule(), decision.line()));
        return Objects.requireNonNull(index,
                () -> "no rule of the policy made " + decision.toJson());
    }

    /** In minor units: what decider {@code index} pays back on a request for {@code amount}. */
    long refund(int index, long amount) {
        return switch (refunds[index]) {
            case NONE -> 0;
            case AMOUNT -> amount;
            case PERCENT_OF_AMOUNT -> Refunds.percentOf(amount, percents[index]);
        };
    }
}
