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
    private static final Set<String> KEYWORDS = IntStream.rangeClosed(1, VerdictLexer.VOCABULARY.getMaxTokenType())
            .mapToObj(VerdictLexer.VOCABULARY::getLiteralName)
            .filter(name -> name != null && Character.isLetter(name.charAt(1)))
            .map(name -> name.substring(1, name.length() - 1))
            .collect(Collectors.toSet());
    private static final List<Integer> STRING_CHARACTERS = List.of((int) '"', (int) '\\',
            (int) '\n', (int) '\t', (int) '\r', 0x01, 0x7F, 0x2028, 0x0301, 0x0627, 0x00E9, 0x200D,
            0x4E00, 0x590F, 0x1F600, 0x1F44D, 0x20, 0x61, 0x7A, 0x41, 0x30, 0x23, 0x40, 0x7B);

    private PolicyArbitraries() {
    }

    static Arbitrary<SourceFile> files() {
        return decls().list().ofMaxSize(12)
                .map(decls -> new SourceFile("generated.policy", "", decls, List.of()));
    }

    static Arbitrary<Decl> decls() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, strings().map(s -> (Decl) new Decl.PolicyHeader(s, AT))),
                Tuple.of(1, Combinators.combine(names(), strings().injectNull(0.5))
                        .as((ref, display) -> (Decl) new Decl.PlatformHeader(ref, display, AT))),
                Tuple.of(1, Arbitraries.oneOf(currencies(), identifiers())
                        .map(code -> (Decl) new Decl.CurrencyHeader(new Name(code, false, AT), AT))),
                Tuple.of(1, Combinators.combine(identifierNames(), lists())
                        .as((name, values) -> (Decl) new Decl.Let(name, values, AT))),
                Tuple.of(2, Combinators.combine(identifierNames(), values(), conditions().injectNull(0.5))
                        .as((name, value, where) -> (Decl) new Decl.SetDecl(name, value, where, AT))),
                Tuple.of(1, Combinators.combine(identifierNames(), values())
                        .as((name, value) -> (Decl) new Decl.DefaultDecl(name, value, AT))),
                Tuple.of(1, Combinators.combine(paths(), bounds(), conditions().injectNull(0.5))
                        .as((target, bound, where) -> (Decl) new Decl.LimitDecl(target, bound, where, AT))),
                Tuple.of(1, Combinators.combine(identifierNames(), conditions().injectNull(0.5))
                        .as((outcome, where) -> (Decl) new Decl.ForbidDecl(outcome, where, AT))),
                Tuple.of(2, Combinators.combine(names(), conditions(), actions())
                        .as((name, when, then) -> (Decl) new Decl.GuardDecl(name, when, then, AT))),
                Tuple.of(5, Combinators.combine(names().injectNull(0.5), conditions(), actions())
                        .as((name, when, then) -> (Decl) new Decl.RuleDecl(name, 0, when, then, AT))),
                Tuple.of(1, actions().map(then -> (Decl) new Decl.Otherwise(then, AT))),
                Tuple.of(1, assignments().ofMinSize(1)
                        .map(values -> (Decl) new Decl.TestDefaults(values, AT))),
                Tuple.of(2, Combinators.combine(names(), assignments(), action(), testRuleNames().injectNull(0.3))
                        .as((name, given, expect, by) -> (Decl) new Decl.TestCase(name, given, expect, by, AT))));
    }

    static Arbitrary<Cond> conditions() {
        return condition(3);
    }

    private static Arbitrary<Cond> condition(int depth) {
        if (depth == 0) {
            return atoms();
        }
        Arbitrary<Cond> inner = condition(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, atoms()),
                Tuple.of(1, inner.map(c -> (Cond) new Cond.Not(c, AT))),
                Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(cs -> (Cond) new Cond.And(cs, AT))),
                Tuple.of(2, inner.list().ofMinSize(2).ofMaxSize(4).map(cs -> (Cond) new Cond.Or(cs, AT))));
    }

    private static Arbitrary<Cond> atoms() {
        return Arbitraries.oneOf(
                Combinators.combine(paths(), Arbitraries.of(CompareOp.class), values())
                        .as((left, op, right) -> new Cond.Compare(left, op, right, AT)),
                Combinators.combine(paths(), Arbitraries.of(true, false),
                                Arbitraries.oneOf(lists(), identifiers().map(id -> new PathRef(id, AT))))
                        .as((left, negated, list) -> new Cond.In(left, negated, list, AT)),
                Combinators.combine(paths(), values(), values())
                        .as((left, low, high) -> new Cond.Between(left, low, high, AT)),
                Combinators.combine(paths(), Arbitraries.of(true, false))
                        .as((path, present) -> new Cond.Presence(path, present, AT)),
                paths().map(path -> new Cond.Truth(path, AT)));
    }

    /** Operands that are not lists. */
    static Arbitrary<Operand> values() {
        return Arbitraries.oneOf(
                paths().map(p -> p),
                Combinators.combine(decimals(), currencies().injectNull(0.6))
                        .as((value, currency) -> new Operand.NumberLit(value, currency, AT)),
                Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.of(DurationUnit.class))
                        .as((count, unit) -> new Operand.DurationLit(count, unit, AT)),
                decimals().map(value -> new Operand.PercentLit(value, AT)),
                strings().map(s -> s),
                Arbitraries.of(true, false).map(b -> new Operand.BoolLit(b, AT)));
    }

    private static Arbitrary<ListLit> lists() {
        return values().list().ofMaxSize(4).map(items -> new ListLit(items, AT));
    }

    private static Arbitrary<LimitBound> bounds() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(CompareOp.class), values()).as(LimitBound.Compare::new),
                lists().map(LimitBound.OneOf::new),
                Combinators.combine(values(), values()).as(LimitBound.Between::new));
    }

    private static Arbitrary<List<Action>> actions() {
        return action().list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<Action> action() {
        return Combinators.combine(identifierNames(), values().list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((name, args, parens) -> new Action(name, args, parens || !args.isEmpty(), AT));
    }

    private static ListArbitrary<Assignment> assignments() {
        return Combinators.combine(paths(), values()).as((path, value) -> new Assignment(path, value, AT))
                .list().ofMaxSize(3);
    }

    private static Arbitrary<Name> testRuleNames() {
        return Arbitraries.oneOf(names(), Arbitraries.just(new Name("otherwise", false, AT)),
                Arbitraries.integers().between(1, 40).map(line -> new Name("rule@" + line, true, AT)));
    }

    static Arbitrary<Name> names() {
        return Arbitraries.oneOf(identifierNames(), strings().map(s -> new Name(s.value(), true, AT)));
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
                        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_").ofLength(1),
                        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_").ofMaxLength(9))
                .as(String::concat)
                .filter(id -> !KEYWORDS.contains(id));
    }

    private static Arbitrary<String> currencies() {
        return Arbitraries.of("USD", "JPY", "EUR", "GBP");
    }

    private static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    static Arbitrary<StringLit> strings() {
        return Arbitraries.of(STRING_CHARACTERS).list().ofMaxSize(12).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return new StringLit(text.toString(), AT);
        });
    }
}
