package dev.verdict.analysis;

import dev.verdict.ast.CompareOp;
import dev.verdict.ir.Expr;
import dev.verdict.runtime.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random conditions over {@code tiny_dated.schema}: {@code request} sets, {@code carrier}
 * ({@code string optional}) {@code =}, {@code !=}, {@code in} with a few literals,
 * {@code shipped}, {@code delivered} ({@code date}, the second optional) and {@code decided_at}
 * ({@code timestamp optional}) compared and {@code between} constants from small pools,
 * timestamps with dates as the checker lowers them (the whole day in UTC), the two dates with
 * each other, and presence. Enumerating every literal and one other string, every day from two
 * before the first date to two after the last, and the milliseconds around each instant covers
 * every behaviour.
 */
final class DatedAtoms {

    private static final Ir IR = new Ir(Ir.DATED);
    private static final List<String> LITERALS = List.of("ups", "dhl", "UPS");
    /** 2025-11-20 and two days later. */
    private static final List<Long> DAYS = List.of(20_412L, 20_414L);
    /** Midnights and last milliseconds of {@link #DAYS} in UTC, and a noon between. */
    private static final List<Long> INSTANTS = List.of(start(20_412), start(20_412) + 43_200_000,
            end(20_412), start(20_414), end(20_414));

    private DatedAtoms() {
    }

    /** Every literal, a string none of them equals, and absence. */
    static Object[] texts() {
        List<Object> texts = new ArrayList<>(LITERALS);
        texts.add("other");
        texts.add(null);
        return texts.toArray();
    }

    /**
     * Every day from two before the first of {@link #DAYS} to two after the last: two days in
     * each stretch beyond them, so that two dates compared there can be in either order. For
     * {@code delivered} also absence and one more day, so that the last day of {@code shipped}
     * (the velocity field), standing for every later day, has a later delivery.
     */
    static Object[] days(boolean delivered) {
        List<Object> days = new ArrayList<>();
        if (delivered) {
            days.add(null);
        }
        long last = DAYS.get(DAYS.size() - 1) + (delivered ? 3 : 2);
        for (long day = DAYS.get(0) - 2; day <= last; day++) {
            days.add(day);
        }
        return days.toArray();
    }

    /** Each instant of {@link #INSTANTS}, one millisecond before and after, and absence. */
    static Object[] instants() {
        List<Object> instants = new ArrayList<>(around(INSTANTS));
        instants.add(0, null);
        return instants.toArray();
    }

    static List<Arbitrary<Expr>> atoms() {
        Arbitrary<CompareOp> ops = Arbitraries.of(CompareOp.class);
        Arbitrary<Long> days = Arbitraries.of(DAYS);
        Arbitrary<String> dates = Arbitraries.of("shipped", "delivered");
        Arbitrary<Long> instants = Arbitraries.of(INSTANTS);
        Arbitrary<Expr> texts = Arbitraries.of(LITERALS).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> new Expr.TextIn(IR.field("carrier"), List.copyOf(set)));
        return List.of(
                Arbitraries.longs().between(1, 7)
                        .map(mask -> new Expr.Member(IR.field("request"), mask)),
                texts, texts.map(Expr.Not::new),
                Combinators.combine(dates, ops, days).as(IR::cmp),
                Combinators.combine(dates, days, days).as((date, low, high) -> Ir.and(
                        IR.cmp(date, CompareOp.GE, low), IR.cmp(date, CompareOp.LE, high))),
                ops.map(op -> IR.cmp("shipped", op, "delivered")),
                Combinators.combine(ops, instants).as((op, at) -> IR.cmp("decided_at", op, at)),
                Combinators.combine(ops, days).as(DatedAtoms::decidedOn),
                Combinators.combine(days, instants).as((low, high) -> Ir.and(
                        decidedOn(CompareOp.GE, low), IR.cmp("decided_at", CompareOp.LE, high))),
                Arbitraries.of(IR.present("carrier"), IR.present("delivered"),
                        IR.present("decided_at")),
                Arbitraries.of(Expr.TRUE, Expr.FALSE));
    }

    /** {@code decided_at OP day}: the day is all of its milliseconds in UTC. */
    private static Expr decidedOn(CompareOp op, long day) {
        return switch (op) {
            case LT -> IR.cmp("decided_at", CompareOp.LT, start(day));
            case LE -> IR.cmp("decided_at", CompareOp.LE, end(day));
            case GT -> IR.cmp("decided_at", CompareOp.GT, end(day));
            case GE -> IR.cmp("decided_at", CompareOp.GE, start(day));
            case EQ -> Ir.and(IR.cmp("decided_at", CompareOp.GE, start(day)),
                    IR.cmp("decided_at", CompareOp.LE, end(day)));
            case NE -> Ir.not(decidedOn(CompareOp.EQ, day));
        };
    }

    private static long start(long day) {
        return day * Dates.DAY_MILLIS;
    }

    private static long end(long day) {
        return start(day + 1) - 1;
    }

    private static TreeSet<Long> around(List<Long> values) {
        TreeSet<Long> around = new TreeSet<>();
        for (long value : values) {
            around.add(value - 1);
            around.add(value);
            around.add(value + 1);
        }
        return around;
    }
}
