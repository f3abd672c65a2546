package dev.verdict.bench.request;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random requests for one policy, covering every schema field: optional fields are absent
 * one time in five; numbers are often just below, at or just above a value the policy compares
 * them with (or a declared bound), otherwise in a random one of the gaps those values leave up to
 * twice the largest (each gap as likely, so a rare band is as likely as a wide one); enum
 * values are often drawn from a set the policy tests; fields compared with each other are often
 * equal or one apart. The same seed gives the same requests.
 */
public final class RequestGenerator {

    private static final double ABSENT = 0.2;
    private static final double EDGE = 0.5;
    private static final double TESTED_SET = 0.5;
    private static final double NEAR_PAIR = 0.3;
    /** The range of a number no condition compares: up to this many units (cents, minutes). */
    private static final long UNCOMPARED_RANGE = 10_000;

    private final List<Field> fields;
    private final Thresholds thresholds;
    private final SplittableRandom random;

    private RequestGenerator(List<Field> fields, Thresholds thresholds, long seed) {
        this.fields = fields;
        this.thresholds = thresholds;
        this.random = new SplittableRandom(seed);
    }

    /** Requests for the policy's schema, near the policy's thresholds. */
    public static RequestGenerator forPolicy(CheckedPolicy policy, long seed) {
        return new RequestGenerator(policy.schema().fields(), Thresholds.of(policy), seed);
    }

    /** The next {@code count} requests. */
    public List<RequestValues> take(int count) {
        List<RequestValues> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    public RequestValues next() {
        long[] values = new long[fields.size()];
        for (Field field : fields) {
            values[field.index()] = value(field);
        }
        for (int[] pair : thresholds.pairs()) {
            if (random.nextDouble() < NEAR_PAIR) {
                Field left = fields.get(pair[0]);
                long near = values[pair[1]] + random.nextInt(-1, 2);
                values[pair[0]] = clamp(near, left.type());
            }
        }
        RequestValues.Builder request = RequestValues.builder(fields.size());
        for (Field field : fields) {
            if (!field.optional() || random.nextDouble() >= ABSENT) {
                request.set(field.index(), values[field.index()]);
            }
        }
        return request.build();
    }

    private long value(Field field) {
        Type type = field.type();
        if (type.kind() == Kind.ENUM) {
            return enumValue(field);
        }
        if (type.kind() == Kind.BOOL) {
            return random.nextInt(2);
        }
        List<Long> edges = new ArrayList<>(thresholds.constants(field.index()));
        edges.add(type.min());
        if (type.max() != Long.MAX_VALUE) {
            edges.add(type.max());
        }
        if (random.nextDouble() < EDGE) {
            long edge = edges.get(random.nextInt(edges.size())) + random.nextInt(-1, 2);
            return clamp(edge, type);
        }
        long largest = edges.stream().mapToLong(Long::longValue).max().orElse(0);
        edges.add(type.max() != Long.MAX_VALUE ? type.max()
                : largest > type.min() ? 2 * largest : type.min() + UNCOMPARED_RANGE);
        List<Long> bounds = edges.stream().distinct().sorted().toList();
        int gap = random.nextInt(Math.max(1, bounds.size() - 1));
        long low = bounds.get(gap);
        long high = bounds.get(Math.min(gap + 1, bounds.size() - 1));
        return random.nextLong(low, high + 1);
    }

    private long enumValue(Field field) {
        List<Long> masks = thresholds.masks(field.index());
        int size = field.type().values().size();
        if (masks.isEmpty() || random.nextDouble() >= TESTED_SET) {
            return random.nextInt(size);
        }
        long mask = masks.get(random.nextInt(masks.size()));
        int pick = random.nextInt(Long.bitCount(mask));
        for (int ordinal = 0; ordinal < size; ordinal++) {
            if ((mask >>> ordinal & 1) != 0 && pick-- == 0) {
                return ordinal;
            }
        }
        throw new IllegalStateException("mask " + mask + " has no value of `" + field.path() + "`");
    }

    private static long clamp(long value, Type type) {
        return Math.max(type.min(), Math.min(type.max(), value));
    }
}
