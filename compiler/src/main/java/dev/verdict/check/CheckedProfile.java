package dev.verdict.check;

import dev.verdict.ir.Cap;
import dev.verdict.ir.Profile;
import dev.verdict.ir.SettingPlan;
import dev.verdict.schema.Setting;
import java.util.List;
import java.util.Map;

/**
 * A checked platform profile: the IR {@link Profile}, and what it adds to each setting's plan
 * (its {@code default}, and the caps of its comparison limits, in profile order).
 */
record CheckedProfile(Profile profile, Map<Setting, SettingPlan.Value> defaults,
                      Map<Setting, List<Cap>> caps) {
    CheckedProfile {
        defaults = Map.copyOf(defaults);
        caps = Map.copyOf(caps);
    }
}
