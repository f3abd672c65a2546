package dev.verdict.analysis;

import dev.verdict.pipeline.Compilation;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random policy text over the bundled schema, every example a finding prints reads back from
 * its help, and deciding it with the interpreter confirms the finding: it reaches the rule
 * named, is decided by the earlier rule named, produces the forbidden outcome, breaks the
 * limit, lies in both sets.
 */
class PolicyTextExamplesTest {

    @Provide
    net.jqwik.api.Arbitrary<String> policies() {
        return PolicyTexts.policies();
    }

    @Property(tries = 300)
    void everyExampleConfirmsItsFinding(@ForAll("policies") String text) {
        Map<String, String> profiles = Map.of("test.platform", PolicyTexts.PROFILE);
        Compilation compilation = Policies.compile(text, profiles);
        Assume.that(compilation.policy() != null);
        ExampleChecks checks = new ExampleChecks(compilation.policy());
        Analyzer.findings(compilation.policy(), AnalysisOptions.DEFAULT).forEach(checks::confirm);
    }
}
