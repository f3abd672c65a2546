package dev.verdict.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.bench.Policies;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticPolicyTest {

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        assertEquals(SyntheticPolicy.generate(100, 7).text(),
                SyntheticPolicy.generate(100, 7).text());
        assertNotEquals(SyntheticPolicy.generate(100, 7).text(),
                SyntheticPolicy.generate(100, 8).text());
    }

    @Test
    void rulesAreNamedAndPlacedAsVerdictSeesThem() {
        SyntheticPolicy policy = SyntheticPolicy.generate(50, 3);
        CheckedPolicy checked = Policies.compile("s.policy", policy.text(), false);
        List<Rule> rules = checked.rules();
        for (int i = 0; i < rules.size(); i++) {
            SyntheticRule rule = policy.rules().get(i);
            assertEquals(rule.name(), rules.get(i).name());
            assertEquals(rule.line(), rules.get(i).line());
        }
        assertEquals(policy.otherwise().line(), checked.otherwise().line());
    }

    @Test
    void largeChainsAreSplitIntoMethodsOfBoundedSize() {
        String source = FlatChain.source(SyntheticPolicy.generate(1000, 1));
        int methods = source.split("private Decision rules").length - 1;
        assertEquals(1000 / FlatChain.RULES_PER_METHOD, methods);
        String small = FlatChain.source(SyntheticPolicy.generate(14, 1));
        assertTrue(!small.contains("private Decision rules"), "14 rules stay in one method");
    }
}
