package dev.verdict.spark;

import dev.verdict.engine.ClassFiles;
import dev.verdict.request.ReaderRecipe;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.simulate.ReplayPlan;
import java.io.Serializable;
import java.util.List;

/**
 * What executors need to decide a history's rows, broadcast once from the driver: the
 * evaluators compiled there, as class files (loaded once per executor, never compiled again),
 * how rows are requests and how requests are read, and for a simulation its plan.
 */
final class Shipment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ClassFiles classes;
    private final RowRequests requests;
    private final ReaderRecipe reader;
    private final ReplayPlan plan;
    private transient List<PolicyEvaluator> evaluators;

    /** {@code plan} null: to decide only. */
    Shipment(ClassFiles classes, RowRequests requests, ReaderRecipe reader, ReplayPlan plan) {
        this.classes = classes;
        this.requests = requests;
        this.reader = reader;
        this.plan = plan;
    }

    RowRequests requests() {
        return requests;
    }

    ReaderRecipe reader() {
        return reader;
    }

    /** Null when the shipment only decides. */
    ReplayPlan plan() {
        return plan;
    }

    /** The evaluators, in the order compiled; loaded on first use in this JVM. */
    synchronized List<PolicyEvaluator> evaluators() {
        if (evaluators == null) {
            evaluators = classes.load();
        }
        return evaluators;
    }
}
