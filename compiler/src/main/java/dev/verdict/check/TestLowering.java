package dev.verdict.check;

import dev.verdict.ast.Action;
import dev.verdict.ast.Assignment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.Suggestions;
import dev.verdict.diag.TestDiagnostics;
import dev.verdict.diag.ValueDiagnostics;
import dev.verdict.ir.Arg;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.Obligation;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
import dev.verdict.schema.ObligationDef;
import dev.verdict.schema.OutcomeDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Checks {@code test} blocks (SPEC §7): values as request fields of the right types (E0201,
 * E0202, E0203, E0103), a request with every field the policy reads and the schema requires
 * (E0501), a known expected outcome and rule (E0502). Each test's request is the file's
 * {@code test defaults} overridden by its {@code given}.
 */
final class TestLowering {

    private final Scope scope;
    private final ConstantChecker constants;
    private final Actions actions;
    private final Collection<String> ruleNames;

    /** {@code ruleNames}: what {@code by} may name (rules, guards, {@code otherwise}). */
    TestLowering(Scope scope, Collection<String> ruleNames) {
        this.scope = scope;
        this.constants = new ConstantChecker(scope);
        this.actions = new Actions(scope);
        this.ruleNames = List.copyOf(ruleNames);
    }

    /** The checked tests of {@code decls}, in file order; those with errors are left out. */
    List<TestCase> lower(List<Decl> decls, Set<Field> reads) {
        Given defaults = decls.stream().filter(d -> d instanceof Decl.TestDefaults).findFirst()
                .map(d -> values(((Decl.TestDefaults) d).values())).orElse(new Given());
        List<TestCase> tests = new ArrayList<>();
        for (Decl decl : decls) {
            if (decl instanceof Decl.TestCase test) {
                TestCase checked = test(test, defaults, reads);
                if (checked != null) {
                    tests.add(checked);
                }
            }
        }
        return tests;
    }

    private TestCase test(Decl.TestCase test, Given defaults, Set<Field> reads) {
        Given given = values(test.given());
        Given request = defaults.overriddenBy(given);
        List<String> missing = reads.stream().filter(f -> !f.optional() && !request.mentions(f))
                .sorted((a, b) -> Integer.compare(a.index(), b.index()))
                .map(Field::path).toList();
        if (!missing.isEmpty()) {
            scope.report(TestDiagnostics.missingFields(test.name().span(), test.name().text(),
                    missing));
        }
        Optional<OutcomeDef> outcome = expected(test.expect());
        boolean withArgs = test.expect().parenthesised();
        List<String> args =
                outcome.isPresent() && withArgs ? args(test.expect(), outcome.get()) : null;
        List<Obligation> obligations = obligations(test.obligations());
        boolean byKnown = test.by() == null || knownRule(test.by());
        boolean failed = given.failed || defaults.failed || !missing.isEmpty() || outcome.isEmpty()
                || (withArgs && args == null) || !byKnown || obligations.contains(null);
        if (failed) {
            return null;
        }
        RequestValues.Builder values = RequestValues.builder(scope.schema().fields().size());
        request.values.forEach((field, value) -> values.set(field.index(), value));
        request.texts.forEach((field, text) -> values.setText(field.index(), text));
        String rule = test.by() == null ? null : test.by().text();
        return new TestCase(test.name().text(), scope.reporter().file(), test.span(),
                values.build(), outcome.get().name(), args,
                test.obligations().isEmpty() ? null : obligations, rule);
    }

    /** The obligations a test expects; a null among them for each one reported. */
    private List<Obligation> obligations(List<Action> expected) {
        List<Obligation> obligations = new ArrayList<>();
        for (Action action : expected) {
            String name = action.name().text();
            Optional<ObligationDef> obligation = scope.schema().obligation(name);
            if (obligation.isEmpty()) {
                String help = scope.schema().outcome(name).isPresent()
                        ? "`" + name + "` is an outcome; `expect` names one outcome, first"
                        : Suggestions.didYouMean(name, scope.schema().obligations().stream()
                                .map(ObligationDef::name).toList());
                scope.report(ValueDiagnostics.unknownExpectedObligation(action.name().span(),
                        name, help));
                obligations.add(null);
                continue;
            }
            List<Arg> args = actions.args(action, name, obligation.get().params());
            obligations.add(args == null ? null
                    : new Obligation(name, args.stream().map(Arg::text).toList()));
        }
        return obligations;
    }

    private Optional<OutcomeDef> expected(Action expect) {
        String name = expect.name().text();
        Optional<OutcomeDef> outcome = scope.schema().outcome(name);
        if (outcome.isEmpty()) {
            scope.report(TestDiagnostics.unknownExpectedOutcome(expect.name().span(), name,
                    scope.schema().obligation(name).isPresent(), scope.outcomeNames()));
        }
        return outcome;
    }

    private List<String> args(Action expect, OutcomeDef outcome) {
        List<Arg> args = actions.args(expect, outcome.name(), outcome.params());
        return args == null ? null : args.stream().map(Arg::text).toList();
    }

    private boolean knownRule(Name by) {
        if (ruleNames.contains(by.text())) {
            return true;
        }
        if (!scope.partial()) {
            scope.report(TestDiagnostics.unknownRule(by.span(), by.text(), ruleNames));
        }
        return false;
    }

    private Given values(List<Assignment> assignments) {
        Given values = new Given();
        Map<Field, Assignment> seen = new HashMap<>();
        for (Assignment assignment : assignments) {
            String path = assignment.path().dotted();
            Optional<Field> field = scope.field(path);
            if (field.isEmpty()) {
                Span at = assignment.path().span();
                scope.report(scope.setting(path).isPresent()
                        ? CheckDiagnostics.settingGiven(at, path)
                        : CheckDiagnostics.unknownField(at, path, scope.fieldNames()));
                values.failed = true;
                continue;
            }
            Assignment first = seen.putIfAbsent(field.get(), assignment);
            if (first != null) {
                scope.report(TestDiagnostics.givenTwice(assignment.path().span(), path,
                        first.span()));
                values.failed = true;
                continue;
            }
            values.mentioned.add(field.get());
            if (assignment.absent()) {
                absent(assignment, field.get(), values);
                continue;
            }
            Long value = constants.of(assignment.value(), field.get().type(),
                    "`" + path + "`");
            if (value == null) {
                values.failed = true;
            } else if (assignment.value() instanceof Operand.StringLit text) {
                values.texts.put(field.get(), text.value());
            } else {
                values.values.put(field.get(), value);
            }
        }
        return values;
    }

    /** {@code path is absent}: only an optional field may be left out. */
    private void absent(Assignment assignment, Field field, Given values) {
        if (!field.optional()) {
            scope.report(ValueDiagnostics.requiredAbsent(assignment.span(), field.path()));
            values.failed = true;
        }
    }

    /**
     * The values of a {@code given} or {@code test defaults} (string fields' as texts), the
     * fields it mentions (with a value, or {@code is absent}), and whether a value was bad.
     */
    private static final class Given {
        private final Map<Field, Long> values = new LinkedHashMap<>();
        private final Map<Field, String> texts = new LinkedHashMap<>();
        private final List<Field> mentioned = new ArrayList<>();
        private boolean failed;

        Given overriddenBy(Given given) {
            Given merged = new Given();
            merged.values.putAll(values);
            merged.texts.putAll(texts);
            for (Field field : given.mentioned) {
                merged.values.remove(field);
                merged.texts.remove(field);
            }
            merged.values.putAll(given.values);
            merged.texts.putAll(given.texts);
            merged.mentioned.addAll(mentioned);
            merged.mentioned.addAll(given.mentioned);
            return merged;
        }

        boolean mentions(Field field) {
            return mentioned.contains(field);
        }
    }
}
