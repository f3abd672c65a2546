package dev.verdict.format;

import dev.verdict.ast.Action;
import dev.verdict.ast.Assignment;
import dev.verdict.ast.CompareOp;
import dev.verdict.ast.Cond;
import dev.verdict.ast.Decl;
import dev.verdict.ast.DurationUnit;
import dev.verdict.ast.LimitBound;
import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Operand.ListLit;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.Operand.StringLit;
import dev.verdict.ast.SourceFile;
import dev.verdict.ast.Span;
import dev.verdict.grammar.VerdictLexer;
import dev.verdict.runtime.Dates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ListArbitrary;

/**
 * Generated syntax trees of policies and profiles: every kind of declaration, condition,
 * operand and action, names with Unicode, strings with quotes, backslashes and control
 * characters. Positions are {@link Span#NONE}: printing ignores them.
 */
final class PolicyArbitraries {

    private static final Span AT = Span.NONE;
    private static final Set<String> KEYWORDS = keywords();
    private static final List<Integer> STRING_CHARACTERS = List.of((int) '"', (int) '\\',
            (int) '\n', (int) '\t', (int) '\r', 0x01, 0x7F, 0x2028, 0x0301, 0x0627, 0x00E9, 0x200D,
            0x4E00, 0x590F, 0x1F600, 0x1F44D, 0x20, 0x61, 0x7A, 0x41, 0x30, 0x23, 0x40, 0x7B);
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz_";

    private PolicyArbitraries() {
    }

    static Arbitrary<SourceFile> files() {
        return decls().list().ofMaxSize(12)
                .map(decls -> new SourceFile("generated.policy", "", decls, List.of()));
    }

    static Arbitrary<Decl> decls() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, headers()),
                Tuple.of(1, Combinators.combine(identifierNames(), lists())
                        .as((name, values) -> new Decl.Let(name, values, AT))),
                Tuple.of(2, Combinators.combine(identifierNames(), values(), optionalConditions())
                        .as((name, value, where) -> new Decl.SetDecl(name, value, where, AT))),
                Tuple.of(1, Combinators.combine(identifierNames(), values())
                        .as((name, value) -> new Decl.DefaultDecl(name, value, AT))),
                Tuple.of(1, Combinators.combine(paths(), bounds(), optionalConditions())
                        .as((path, bound, where) -> new Decl.LimitDecl(path, bound, where, AT))),
                Tuple.of(1, Combinators.combine(identifierNames(), optionalConditions())
                        .as((outcome, where) -> new Decl.ForbidDecl(outcome, where, AT))),
                Tuple.of(2, Combinators.combine(names(), conditions(), actions())
                        .as((name, when, then) -> new Decl.GuardDecl(name, when, then, AT))),
                Tuple.of(5, Combinators.combine(names().injectNull(0.5), conditions(), actions())
                        .as((name, when, then) -> new Decl.RuleDecl(name, 0, when, then, AT))),
                Tuple.of(1, actions().map(then -> new Decl.Otherwise(then, AT))),
                Tuple.of(3, tests()));
    }

    private static Arbitrary<Decl> headers() {
        return Arbitraries.oneOf(
                strings().map(s -> new Decl.PolicyHeader(s, AT)),
                Combinators.combine(names(), strings().injectNull(0.5))
                        .as((ref, display) -> new Decl.PlatformHeader(ref, display, AT)),
                Arbitraries.oneOf(currencies(), identifiers())
                        .map(code -> new Decl.CurrencyHeader(new Name(code, false, AT), AT)));
    }

    private static Arbitrary<Decl> tests() {
        return Arbitraries.oneOf(
                assignments().ofMinSize(1).map(values -> new Decl.TestDefaults(values, AT)),
                Combinators.combine(names(), assignments(), action(),
                                action().list().ofMaxSize(2), testRuleNames().injectNull(0.3))
                        .as((name, given, expect, obligations, by) ->
                                new Decl.TestCase(name, given, expect, obligations, by, AT)));
    }

    static Arbitrary<Cond> conditions() {
        return condition(3);
    }

    private static Arbitrary<Cond> optionalConditions() {
        return conditions().injectNull(0.5);
    }

    private static Arbitrary<Cond> condition(int depth) {
        if (depth == 0) {
            return atoms();
        }
        Arbitrary<Cond> inner = condition(depth - 1);
        Arbitrary<List<Cond>> chains = inner.list().ofMinSize(2).ofMaxSize(4);
        return Arbitraries.frequencyOf(
                Tuple.of(4, atoms()),
                Tuple.of(1, inner.map(c -> new Cond.Not(c, AT))),
                Tuple.of(2, chains.map(cs -> new Cond.And(cs, AT))),
                Tuple.of(2, chains.map(cs -> new Cond.Or(cs, AT))));
    }

    private static Arbitrary<Cond> atoms() {
        Arbitrary<Operand> lists =
                Arbitraries.oneOf(lists(), identifiers().map(id -> new PathRef(id, AT)));
        return Arbitraries.oneOf(
                Combinators.combine(paths(), Arbitraries.of(CompareOp.class), values())
                        .as((left, op, right) -> new Cond.Compare(left, op, right, AT)),
                Combinators.combine(paths(), Arbitraries.of(true, false), lists)
                        .as((left, negated, list) -> new Cond.In(left, negated, list, AT)),
                Combinators.combine(paths(), values(), values())
                        .as((left, low, high) -> new Cond.Between(left, low, high, AT)),
                Combinators.combine(paths(), Arbitraries.of(true, false))
                        .as((path, present) -> new Cond.Presence(path, present, AT)),
                paths().map(path -> new Cond.Truth(path, AT)));
    }

    /** Operands that are not lists. */
    static Arbitrary<Operand> values() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        return Arbitraries.oneOf(
                paths(),
                Combinators.combine(decimals(), currencies().injectNull(0.6))
                        .as((value, currency) -> new Operand.NumberLit(value, currency, AT)),
                Combinators.combine(counts, Arbitraries.of(DurationUnit.class))
                        .as((count, unit) -> new Operand.DurationLit(count, unit, AT)),
                decimals().map(value -> new Operand.PercentLit(value, AT)),
                strings(),
                Arbitraries.of(true, false).map(b -> new Operand.BoolLit(b, AT)),
                Arbitraries.longs().between(Dates.MIN_DAY, Dates.MAX_DAY)
                        .map(day -> new Operand.DateLit(day, Dates.formatDate(day), AT)),
                Arbitraries.longs().between(Dates.MIN_MILLIS, Dates.MAX_MILLIS)
                        .map(at -> new Operand.TimestampLit(at, Dates.formatTimestamp(at), AT)));
    }

    private static Arbitrary<ListLit> lists() {
        return values().list().ofMaxSize(4).map(items -> new ListLit(items, AT));
    }

    private static Arbitrary<LimitBound> bounds() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(CompareOp.class), values())
                        .as(LimitBound.Compare::new),
                lists().map(LimitBound.OneOf::new),
                Combinators.combine(values(), values()).as(LimitBound.Between::new));
    }

    private static Arbitrary<List<Action>> actions() {
        return action().list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<Action> action() {
        Arbitrary<List<Operand>> args = values().list().ofMaxSize(3);
        return Combinators.combine(identifierNames(), args, Arbitraries.of(true, false))
                .as((name, given, parens) ->
                        new Action(name, given, parens || !given.isEmpty(), AT));
    }

    private static ListArbitrary<Assignment> assignments() {
        return Combinators.combine(paths(), values().injectNull(0.2))
                .as((path, value) -> new Assignment(path, value, AT))
                .list().ofMaxSize(3);
    }

    private static Arbitrary<Name> testRuleNames() {
        return Arbitraries.oneOf(names(), Arbitraries.just(new Name("otherwise", false, AT)),
                Arbitraries.integers().between(1, 40)
                        .map(line -> new Name("rule@" + line, true, AT)));
    }

    static Arbitrary<Name> names() {
        Arbitrary<Name> quoted = strings().map(s -> new Name(s.value(), true, AT));
        return Arbitraries.oneOf(identifierNames(), quoted);
    }

    private static Arbitrary<Name> identifierNames() {
        return identifiers().map(id -> new Name(id, false, AT));
    }

    private static Arbitrary<PathRef> paths() {
        return identifiers().list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> new PathRef(String.join(".", parts), AT));
    }

    static Arbitrary<String> identifiers() {
        return Combinators.combine(
                        Arbitraries.strings().withChars(LETTERS).ofLength(1),
                        Arbitraries.strings().withChars(LETTERS + "0123456789").ofMaxLength(9))
                .as(String::concat)
                .filter(id -> !KEYWORDS.contains(id));
    }

    private static Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "JPY", "EUR", "GBP");
    }

    private static Arbitrary<BigDecimal> decimals() {
        Arbitrary<Long> unscaled = Arbitraries.longs().between(0, 10_000_000);
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    /** The grammar's keywords, which identifiers cannot be. */
    private static Set<String> keywords() {
        return IntStream.rangeClosed(1, VerdictLexer.VOCABULARY.getMaxTokenType())
                .mapToObj(VerdictLexer.VOCABULARY::getLiteralName)
                .filter(name -> name != null && Character.isLetter(name.charAt(1)))
                .map(name -> name.substring(1, name.length() - 1))
                .collect(Collectors.toSet());
    }

    static Arbitrary<StringLit> strings() {
        return Arbitraries.of(STRING_CHARACTERS).list().ofMaxSize(12).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return new StringLit(text.toString(), AT);
        });
    }
}
