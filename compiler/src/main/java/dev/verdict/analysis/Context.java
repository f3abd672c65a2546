package dev.verdict.analysis;

import dev.verdict.diag.Code;
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

    /** Records a finding about a region of requests, its help led by the example. */
    void report(Diagnostic diagnostic, Example example, String advice, String decidedBy) {
        String help = "e.g. " + example.text() + (advice == null ? "" : "; " + advice);
        findings.add(new Finding(diagnostic.withHelp(help), example, decidedBy));
    }

    /** Records a finding with no example request. */
    void report(Diagnostic diagnostic) {
        findings.add(new Finding(diagnostic, null, null));
    }

    Diagnostic at(Code code, Rule rule, String message) {
        return code.at(rule.file(), rule.span(), message);
    }
}
