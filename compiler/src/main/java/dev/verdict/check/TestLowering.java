package dev.verdict.check;

import dev.verdict.ast.Action;
import dev.verdict.ast.Assignment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.Name;
import dev.verdict.ast.Span;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.diag.TestDiagnostics;
import dev.verdict.ir.Arg;
import dev.verdict.ir.TestCase;
import dev.verdict.runtime.RequestValues;
import dev.verdict.schema.Field;
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
        boolean byKnown = test.by() == null || knownRule(test.by());
        boolean failed = given.failed || defaults.failed || !missing.isEmpty() || outcome.isEmpty()
                || (withArgs && args == null) || !byKnown;
        if (failed) {
            return null;
        }
        RequestValues.Builder values = RequestValues.builder(scope.schema().fields().size());
        request.values.forEach((field, value) -> values.set(field.index(), value));
        String rule = test.by() == null ? null : test.by().text();
        return new TestCase(test.name().text(), scope.reporter().file(), test.span(),
                values.build(), outcome.get().name(), args, rule);
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
            Long value = constants.of(assignment.value(), field.get().type(),
                    "`" + path + "`");
            if (value == null) {
                values.failed = true;
            } else {
                values.values.put(field.get(), value);
            }
        }
        return values;
    }

    /** The values of a {@code given} or {@code test defaults}; also the fields with bad values. */
    private static final class Given {
        private final Map<Field, Long> values = new LinkedHashMap<>();
        private final List<Field> mentioned = new ArrayList<>();
        private boolean failed;

        Given overriddenBy(Given given) {
            Given merged = new Given();
            merged.values.putAll(values);
            merged.values.putAll(given.values);
            merged.mentioned.addAll(mentioned);
            merged.mentioned.addAll(given.mentioned);
            return merged;
        }

        boolean mentions(Field field) {
            return mentioned.contains(field);
        }
    }
}
