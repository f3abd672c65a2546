package dev.verdict.ir;

import java.util.List;

/**
 * A checked platform profile: its guards (rules the platform evaluates before the policy's),
 * limits and forbids. Setting defaults and caps are folded into each {@link SettingPlan}.
 */
public record Profile(String id, String displayName, String file, String currency,
                      List<Rule> guards, List<Limit> limits, List<Forbid> forbids) {
    public Profile {
        guards = List.copyOf(guards);
        limits = List.copyOf(limits);
        forbids = List.copyOf(forbids);
    }
}
