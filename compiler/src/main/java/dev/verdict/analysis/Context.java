package dev.verdict.analysis;

import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.ExprPrinter;
import dev.verdict.ir.Rule;
import dev.verdict.ir.ValueText;
import dev.verdict.runtime.Source;

/**
 * The policy under analysis and what every check shares: its conditions as regions, example
 * picking, message formatting, and the findings collected so far.
 */
record Context(CheckedPolicy policy, Space space, ConditionRegions conditions, Examples examples,
               ValueText values, ExprPrinter exprs, LargeValues large, Findings findings) {

    static Context of(CheckedPolicy policy, Budget budget, TextValues texts) {
        Space space = new Space(policy.schema(), budget, texts);
        ValueText values = ValueText.withoutCurrency(policy.currencyDecimals());
        ConditionRegions conditions = new ConditionRegions(space, policy.file(), policy.settings());
        Examples examples = new Examples(space, values, policy.currencyDecimals());
        return new Context(policy, space, conditions, examples, values,
                ExprPrinter.normalised(values), LargeValues.of(policy), new Findings());
    }

    /** How messages name a rule: {@code rule `x`}, {@code the platform guard `x`}, or otherwise. */
    String describe(Rule rule) {
        if (rule.source() == Source.PLATFORM) {
            return "the platform guard `" + rule.name() + "`";
        }
        return rule == policy.otherwise() ? "`otherwise`" : "rule `" + rule.name() + "`";
    }

    /**
     * Records a finding about a region of requests in {@code rule}'s file; its help becomes the
     * example followed by the factory's advice.
     */
    void report(Rule rule, Diagnostic diagnostic, Example example, String decidedBy) {
        report(rule.file(), diagnostic, example, decidedBy);
    }

    /** {@link #report(Rule, Diagnostic, Example, String)} in {@code file}. */
    void report(String file, Diagnostic diagnostic, Example example, String decidedBy) {
        String advice = diagnostic.help();
        String help = "e.g. " + example.text() + (advice == null ? "" : "; " + advice);
        findings.add(new Finding(diagnostic.inFile(file).withHelp(help), example, decidedBy));
    }

    /** Records a finding with no example request, in {@code file}. */
    void report(String file, Diagnostic diagnostic) {
        findings.add(new Finding(diagnostic.inFile(file), null, null));
    }
}
