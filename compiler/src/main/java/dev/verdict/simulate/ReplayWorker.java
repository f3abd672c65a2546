package dev.verdict.simulate;

import dev.verdict.request.LineBlock;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.Evaluator;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestParser;
import dev.verdict.runtime.RequestValues;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Replays blocks of history on one thread: parses each line straight into request values,
 * decides it with the policy (and the baseline), and counts by decider. A valid line allocates
 * nothing beyond what its parsing needs. One per thread; not thread-safe. Fed whole blocks
 * ({@link #apply}) or, on another machine, line by line between {@link #begin} and
 * {@link #end}.
 */
public final class ReplayWorker implements Function<LineBlock, ReplayBlock>, LineBlock.LineVisitor {

    /** The most decisions of an evaluator remembered by identity (evaluators reuse a few). */
    private static final int REMEMBERED = 4096;

    private final Replay replay;
    private final RequestParser parser;
    private final Map<Decision, Integer> policyDeciders = new IdentityHashMap<>();
    private final Map<Decision, Integer> baselineDeciders = new IdentityHashMap<>();
    private final Map<DecisionLabel, Integer> labelIds = new HashMap<>();
    private final int[] policyLabels;
    private final int[] baselineLabels;
    private ReplayBlock block;

    ReplayWorker(Replay replay) {
        this.replay = replay;
        this.parser = replay.reader().parser();
        this.policyLabels = unknownLabels(replay.plan().policy());
        this.baselineLabels = unknownLabels(replay.plan().baseline());
    }

    @Override
    public ReplayBlock apply(LineBlock lines) {
        begin();
        return end(lines.forEach(this));
    }

    /** Starts a block of lines, handed over one by one to {@link #line} or {@link #tooLong}. */
    public void begin() {
        block = replay.newBlock();
    }

    /** What the block begun last found; it had {@code lines} lines, blank ones included. */
    public ReplayBlock end(int lines) {
        block.lines = lines;
        return block;
    }

    @Override
    public void line(int index, byte[] bytes, int from, int to) {
        if (LineBlock.isBlank(bytes, from, to)) {
            return;
        }
        RequestValues values;
        try {
            values = parser.read(bytes, from, to);
        } catch (InvalidRequestException notARequest) {
            values = logged(index, bytes, from, to, notARequest);
            if (values == null) {
                return;
            }
        }
        int amountField = replay.plan().amountField();
        long amount = values.isPresent(amountField) ? values.value(amountField) : 0;
        Decision now = replay.policy().decide(values);
        DeciderTable policy = replay.plan().policy();
        int decided = decider(now, policyDeciders, policy);
        long refund = policy.refund(decided, amount);
        block.policy.add(decided, now, amount, refund);
        Evaluator baseline = replay.baseline();
        if (baseline == null) {
            return;
        }
        Decision old = baseline.decide(values);
        DeciderTable baselineTable = replay.plan().baseline();
        int was = decider(old, baselineDeciders, baselineTable);
        long oldRefund = baselineTable.refund(was, amount);
        block.baseline.add(was, old, amount, oldRefund);
        if (label(baselineLabels, was, old) != label(policyLabels, decided, now)) {
            block.changes.record(index, was, decided, old, now,
                    () -> new String(bytes, from, to - from, StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * The request of a decision log's line ({@link LoggedRequests}); null, having counted it,
     * for a drop note or a line that is no request at all.
     */
    private RequestValues logged(int index, byte[] bytes, int from, int to,
                                 InvalidRequestException notARequest) {
        Map<String, Object> logged = LoggedRequests.request(bytes, from, to);
        if (logged == LoggedRequests.DROPPED) {
            return null;
        }
        try {
            if (logged == null) {
                throw notARequest;
            }
            return replay.reader().read(logged);
        } catch (InvalidRequestException e) {
            block.invalid(index, e.getMessage(), e.field());
            return null;
        }
    }

    /** Counts line {@code index} of the block as invalid, for {@code reason}. */
    public void reject(int index, String reason) {
        block.invalid(index, reason, null);
    }

    @Override
    public void tooLong(int index) {
        block.invalid(index, LineBlock.tooLongProblem(replay.plan().maxLineBytes()), null);
    }

    /**
     * A number for what {@code decision} (made by decider {@code index}) does, equal for equal
     * outcomes, arguments and obligations; remembered per decider, so that telling a changed
     * decision costs two array reads.
     */
    private int label(int[] labels, int index, Decision decision) {
        if (labels[index] < 0) {
            labels[index] = labelIds.computeIfAbsent(DecisionLabel.of(decision),
                    label -> labelIds.size());
        }
        return labels[index];
    }

    private static int[] unknownLabels(DeciderTable deciders) {
        int[] labels = new int[deciders == null ? 0 : deciders.size()];
        Arrays.fill(labels, -1);
        return labels;
    }

    private static int decider(Decision decision, Map<Decision, Integer> known,
                               DeciderTable deciders) {
        Integer index = known.get(decision);
        if (index == null) {
            index = deciders.indexOf(decision);
            if (known.size() < REMEMBERED) {
                known.put(decision, index);
            }
        }
        return index;
    }
}
