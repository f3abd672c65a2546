package dev.verdict.runtime;

import java.util.Map;

/**
 * An evaluator of one policy that also decides map-shaped requests (parsed JSON, for dynamic
 * callers), reading them with the policy's {@link RequestReader}. Generated evaluators implement
 * it.
 */
public interface PolicyEvaluator extends Evaluator {

    /** How this policy reads requests: the schema's fields and those the policy needs. */
    RequestReader requestReader();

    /**
     * The version of the policy text this evaluator decides with: generated classes return the
     * content hash of the files they were generated from; {@link PolicyVersion#UNKNOWN} when the
     * evaluator was made without them.
     */
    default PolicyVersion version() {
        return PolicyVersion.UNKNOWN;
    }

    /**
     * Decides a request given as nested maps ({@code {"buyer": {"refunds_30d": 0}}}) or flat
     * dotted keys.
     *
     * @throws InvalidRequestException naming a missing, unknown or mistyped field
     */
    default Decision decide(Map<String, ?> request) {
        if (request == null) {
            throw new InvalidRequestException(null, "no request: the map is null");
        }
        return decide(requestReader().read(request));
    }
}
