package dev.verdict.lsp;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.ir.Expr;
import dev.verdict.ir.ExprPrinter;
import dev.verdict.ir.Limit;
import dev.verdict.ir.SettingPlan;
import dev.verdict.ir.ValueText;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A setting's hover: its type and doc, then where it gets its value in this policy (the
 * {@code set} lines in the order they are tried, the platform default) and the platform limits
 * that bound it.
 */
final class SettingHover {

    private SettingHover() {
    }

    /** The hover text; {@code policy} is null when the document does not check. */
    static String text(Setting setting, CheckedPolicy policy) {
        StringBuilder text = new StringBuilder(SchemaText.setting(setting));
        if (policy == null) {
            return text.append("\n\n*(the policy has errors: values not shown)*").toString();
        }
        ValueText values = ValueText.of(policy);
        ExprPrinter printer = ExprPrinter.asWritten(values);
        SettingPlan plan = policy.settings().get(setting.index());
        Type type = setting.type();
        List<String> sources = new ArrayList<>();
        for (SettingPlan.ConditionalValue value : plan.conditional()) {
            sources.add("`" + values.format(type, value.value()) + "` where `"
                    + printer.print(value.where()) + "` (line " + value.span().line() + ")");
        }
        if (plan.unconditional() != null) {
            sources.add("`" + values.format(type, plan.unconditional().value()) + "` (line "
                    + plan.unconditional().span().line() + ")");
        }
        if (plan.profileDefault() != null) {
            sources.add("`" + values.format(type, plan.profileDefault().value())
                    + "`, the platform's default");
        }
        text.append("\n\n**Value**, the first that applies:\n");
        if (sources.isEmpty()) {
            text.append("\n- none: comparisons with it are unknown");
        }
        sources.forEach(s -> text.append("\n- ").append(s));
        List<String> limits = limits(setting, policy, values, printer);
        if (!limits.isEmpty()) {
            text.append("\n\n**Platform limits**:\n");
            limits.forEach(l -> text.append("\n- `").append(l).append('`'));
        }
        return text.toString();
    }

    private static List<String> limits(Setting setting, CheckedPolicy policy, ValueText values,
                                       ExprPrinter printer) {
        if (policy.profile() == null) {
            return List.of();
        }
        List<String> limits = new ArrayList<>();
        for (Limit limit : policy.profile().limits()) {
            if (limit.setting() == null || limit.setting().index() != setting.index()) {
                continue;
            }
            String bound = limit.oneOf().isEmpty()
                    ? limit.bounds().stream().map(b -> b.op().symbol() + " " + b.text())
                            .collect(Collectors.joining(" and "))
                    : "in [" + limit.oneOf().stream()
                            .map(v -> values.format(setting.type(), v))
                            .collect(Collectors.joining(", ")) + "]";
            boolean everywhere = limit.where() == null || limit.where().equals(Expr.TRUE);
            String where = everywhere ? "" : " where " + printer.print(limit.where());
            limits.add("limit " + limit.targetText() + " " + bound + where);
        }
        return limits;
    }
}
