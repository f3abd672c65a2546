package dev.verdict.diag;

import dev.verdict.ast.Span;
import java.util.Collection;
import java.util.List;

/**
 * The E02xx family: names the schema does not know (E0201, E0202), values and operators of the
 * wrong type (E0203), actions (E0204, E0205), declarations and their order (E0206, E0207,
 * E0211), outcomes that never apply (E0208), the profile (E0209), settings in setting
 * conditions (E0210) and profile or schema paths outside the project (E0212). Types reach
 * these factories as the checker phrases them ("money", "an enum (`size`, `damaged`)"). The
 * caller attaches the file with {@link Diagnostic#inFile}.
 */
public final class CheckDiagnostics {

    private static final int VALUES_LISTED = 8;

    private CheckDiagnostics() {
    }

    public static Diagnostic unknownField(Span span, String name, Collection<String> known) {
        return Code.E0201.of(span, "unknown field `" + name + "`",
                Suggestions.didYouMean(name, known));
    }

    /** A test's {@code given} naming a setting, which a test cannot give. */
    public static Diagnostic settingGiven(Span span, String name) {
        return Code.E0201.of(span, "unknown field `" + name + "`",
                "`" + name + "` is a setting; a test gives request fields");
    }

    public static Diagnostic unknownSetting(Span span, String name, Collection<String> known) {
        return Code.E0201.of(span, "unknown setting `" + name + "`",
                Suggestions.didYouMean(name, known));
    }

    /** {@code known}: the settings and {@code outcome.parameter}s a limit may name. */
    public static Diagnostic unknownLimitTarget(Span span, String name, List<String> known) {
        String help = Suggestions.didYouMean(name, known);
        if (help == null && !known.isEmpty()) {
            help = "a limit names a setting or an outcome's parameter: " + String.join(", ", known);
        }
        return Code.E0201.of(span, "unknown limit target `" + name + "`", help);
    }

    /** {@code subject} names what the value is for, with backticks ("`reason`"). */
    public static Diagnostic unknownValue(Span span, String value, String subject,
                                          List<String> values) {
        return Code.E0202.of(span, "unknown value `" + value + "` for " + subject,
                valueHelp(value, values));
    }

    /** An unknown value of {@code field} that is the name of a list. */
    public static Diagnostic listAsValue(Span span, String list, String field) {
        return Code.E0202.of(span, "unknown value `" + list + "` for `" + field + "`",
                "`" + list + "` is a list: write `" + field + " in " + list + "`");
    }

    public static Diagnostic unknownList(Span span, String name, Collection<String> lists) {
        return Code.E0202.of(span, "unknown list `" + name + "`",
                Suggestions.didYouMean(name, lists));
    }

    /** {@code in reason_x} where {@code reason_x} is a value, not a list. */
    public static Diagnostic valueAsList(Span span, String value) {
        return Code.E0202.of(span, "unknown list `" + value + "`",
                "write a list: `[" + value + "]`");
    }

    /** "`amount` is money, but `7d` is a duration"; {@code example} is the help. */
    public static Diagnostic valueMismatch(Span span, String subject, String type, String written,
                                           String writtenKind, String example) {
        return Code.E0203.of(span, subject + " is " + type + ", but `" + written + "` is "
                + writtenKind, example);
    }

    /** {@code <} on an enum or a bool. */
    public static Diagnostic unorderedComparison(Span span, String operator, String field,
                                                 String type, boolean isEnum) {
        return Code.E0203.of(span, "`" + operator + "` does not apply to `" + field + "`, " + type,
                isEnum ? "compare an enum with `=`, `!=` or `in`"
                        : "compare a bool with `=` or `!=`");
    }

    public static Diagnostic unorderedBetween(Span span, String field, String type,
                                              boolean isEnum) {
        return Code.E0203.of(span, "`between` needs an ordered value, but `" + field + "` is "
                + type, isEnum ? "use `in [...]` for enum values" : null);
    }

    public static Diagnostic presenceOfSetting(Span span, boolean present, String setting) {
        return Code.E0203.of(span, "`is " + (present ? "present" : "absent")
                + "` applies to request fields, but `" + setting + "` is a setting", null);
    }

    /** A field written alone as a condition that is not a bool. */
    public static Diagnostic notABool(Span span, String field, String type) {
        return Code.E0203.of(span, "`" + field + "` is " + type + ", not a bool: it needs a"
                + " comparison", "compare it with a value: `" + field + " = ...`");
    }

    public static Diagnostic listAsOperand(Span span, String list, String type) {
        return Code.E0203.of(span, "`" + list + "` is a list, not " + type,
                "test membership with `in " + list + "`");
    }

    /** A value of {@code enumField} compared with {@code other}, of another type. */
    public static Diagnostic foreignEnumValue(Span span, String value, String enumField,
                                              String other, String type, String example) {
        return Code.E0203.of(span, "`" + value + "` is a value of `" + enumField + "`, but `"
                + other + "` is " + type, example);
    }

    public static Diagnostic stringComparison(Span span, String field) {
        return Code.E0203.of(span, "`" + field + "` is a string and cannot be compared", null);
    }

    public static Diagnostic incomparable(Span span, String left, String leftType, String right,
                                          String rightType) {
        return Code.E0203.of(span, "cannot compare `" + left + "` (" + leftType + ") with `"
                + right + "` (" + rightType + ")", null);
    }

    /** {@code holds}: what the list holds ("reasons (an enum)"). */
    public static Diagnostic listOfOtherValues(Span span, String list, String subject,
                                               String holds) {
        return Code.E0203.of(span, "list `" + list + "` does not hold values of " + subject,
                "`" + list + "` holds " + holds);
    }

    public static Diagnostic listItemMismatch(Span span, String list, String holds, String item,
                                              String itemKind, String example) {
        return Code.E0203.of(span, "list `" + list + "` holds " + holds + ", but `" + item
                + "` is " + itemKind, example);
    }

    public static Diagnostic unorderedLimit(Span span, String subject, String type) {
        return Code.E0203.of(span, "a limit on " + subject + ", " + type
                + ", can only list values", "write `in [...]`");
    }

    public static Diagnostic unknownAction(Span span, String name, Collection<String> known) {
        return Code.E0204.of(span, "unknown action `" + name + "`",
                Suggestions.didYouMean(name, known));
    }

    /** {@code action}: the whole action as written, to move after an outcome. */
    public static Diagnostic obligationFirst(Span span, String name, String action) {
        return Code.E0204.of(span, "`" + name + "` is an obligation, but the first action must"
                + " be an outcome", "put an outcome first: `then manual_review, " + action + "`");
    }

    public static Diagnostic secondOutcome(Span span, String name) {
        return Code.E0204.of(span, "a rule has one outcome, and `" + name + "` would be a second",
                "split the rule in two, or keep one outcome");
    }

    /** {@code forbid NAME} where NAME is no outcome. */
    public static Diagnostic unknownForbiddenOutcome(Span span, String name, boolean obligation,
                                                     Collection<String> outcomes) {
        return Code.E0204.of(span, "unknown outcome `" + name + "`", obligation
                ? "`" + name + "` is an obligation; `forbid` names an outcome"
                : Suggestions.didYouMean(name, outcomes));
    }

    /** {@code params}: the parameter names; {@code given}: how many arguments were written. */
    public static Diagnostic argumentCount(Span span, String action, List<String> params,
                                           int given) {
        String takes = params.isEmpty() ? "no arguments" : params.size()
                + (params.size() == 1 ? " argument (" : " arguments (")
                + String.join(", ", params) + ")";
        String were = given == 0 ? "none was" : given == 1 ? "1 was" : given + " were";
        return Code.E0205.of(span, "`" + action + "` takes " + takes + ", but " + were + " given",
                params.isEmpty() ? "write `" + action + "` without arguments" : null);
    }

    /** An argument of the wrong type: {@link #valueMismatch} as E0205. */
    public static Diagnostic argumentMismatch(Span span, String subject, String type,
                                              String written, String writtenKind,
                                              String example) {
        return as(Code.E0205, valueMismatch(span, subject, type, written, writtenKind, example));
    }

    /** An argument naming no value of its enum: {@link #unknownValue} as E0205. */
    public static Diagnostic unknownArgumentValue(Span span, String value, String subject,
                                                  List<String> values) {
        return as(Code.E0205, unknownValue(span, value, subject, values));
    }

    /**
     * A second declaration of a name. {@code what}: "rule name", "list", "test"...;
     * {@code first}: where the first is; {@code firstUnnamedLine}: the line of the first's
     * {@code when} when it is an unnamed rule (named after its line), else 0.
     */
    public static Diagnostic duplicateName(Span span, String what, String name, Span first,
                                           int firstUnnamedLine) {
        String help = firstUnnamedLine > 0
                ? "the unnamed rule on line " + firstUnnamedLine + " is called `" + name + "`"
                : "the first `" + name + "` is on line " + first.line();
        return Code.E0206.of(span, "duplicate " + what + " `" + name + "`", help)
                .withRelated(null, first, "first defined here");
    }

    /** A second header or {@code otherwise}: {@code keyword} as written. */
    public static Diagnostic duplicateDeclaration(Span span, String keyword, boolean header,
                                                  Span first) {
        return Code.E0206.of(span, "duplicate `" + keyword + "`" + (header ? " header" : ""),
                        "the first is on line " + first.line())
                .withRelated(null, first, "first defined here");
    }

    public static Diagnostic duplicateTestDefaults(Span span, Span first) {
        return Code.E0206.of(span, "duplicate `test defaults`",
                        "the first is on line " + first.line() + "; merge them")
                .withRelated(null, first, "first defined here");
    }

    /** A second {@code set NAME = ...} without {@code where}. */
    public static Diagnostic secondUnconditionalSet(Span span, String setting, Span first) {
        return Code.E0206.of(span, "`" + setting + "` already has an unconditional `set` on line "
                        + first.line(), "keep one, or add `where ...` to this one")
                .withRelated(null, first, "first set here");
    }

    public static Diagnostic secondDefault(Span span, String setting, Span first) {
        return Code.E0206.of(span, "`" + setting + "` already has a `default` on line "
                        + first.line(), "keep one `default` per setting")
                .withRelated(null, first, "first set here");
    }

    /** {@code ruleLine}: the line of the first rule after {@code otherwise}. */
    public static Diagnostic otherwiseNotLast(Span span, int ruleLine) {
        return Code.E0207.of(span, "`otherwise` must come after every rule",
                "move it below the rule on line " + ruleLine);
    }

    /**
     * A rule's outcome that applies to none of the request types its condition allows;
     * {@code applicable} and {@code allowed} name request types, {@code requestField} is the
     * field that holds them.
     */
    /** {@code where}: "to `a`, `b`" for a set of values, else "when `condition`". */
    public static Diagnostic inapplicableOutcome(Span span, String outcome, String where,
                                                 String allowed, String requestField) {
        return Code.E0208.of(span, "`" + outcome + "` applies only " + where
                        + ", but the condition allows only " + allowed,
                "choose an outcome for " + allowed + ", or change the `" + requestField
                        + "` test");
    }

    /** An outcome that applies only when {@code condition}, which the rule never allows. */
    public static Diagnostic outcomeNeverApplies(Span span, String outcome, String condition) {
        return Code.E0208.of(span, "`" + outcome + "` applies only when `" + condition
                        + "`, which the condition never allows",
                "choose an outcome that applies here, or change the condition");
    }

    /** {@code where}: as for {@link #inapplicableOutcome}. */
    public static Diagnostic inapplicableOtherwise(Span span, String outcome, String where) {
        return Code.E0208.of(span, "`otherwise` decides every request, but `" + outcome
                        + "` applies only " + where,
                "use an outcome for every request (`manual_review`, `reject(...)`), "
                        + "or make this a rule");
    }

    /** {@code bundled}: the bundled profile names; {@code byDefault}: named by `--platform`. */
    public static Diagnostic unknownProfile(Span span, String name, List<String> bundled,
                                            boolean byDefault) {
        String help = Suggestions.didYouMean(name, bundled);
        if (help == null) {
            help = bundledList(bundled) + "; a profile of your own is named by its path in quotes";
        }
        return Code.E0209.of(span, "unknown platform profile `" + name + "`"
                + defaultNote(byDefault), help);
    }

    public static Diagnostic profileNotFound(Span span, String path, List<String> bundled,
                                             boolean byDefault) {
        return Code.E0209.of(span, "cannot read profile `" + path + "`: no such file"
                        + defaultNote(byDefault),
                "a quoted name is a path relative to the policy's folder; "
                        + bundledList(bundled));
    }

    /** {@code reason}: why, as the file system says ("it is not UTF-8 text"). */
    public static Diagnostic unreadableProfile(Span span, String path, String reason,
                                               boolean byDefault) {
        return Code.E0209.of(span, "cannot read profile `" + path + "`: " + reason
                + defaultNote(byDefault), null);
    }

    /**
     * E0212: a {@code kind} ("profile", "schema") path that leads out of the project's folder
     * {@code root} (with {@code ..} or a symbolic link).
     */
    public static Diagnostic outsideProject(Span span, String kind, String path, String root) {
        return Code.E0212.of(span, "cannot read " + kind + " `" + path + "`: it is outside the "
                        + "project folder `" + root + "`",
                "keep profiles and schemas inside the project, or allow the folder they are in: "
                        + "`--allow-path DIR` on the command line, `allowedPaths` in the Maven "
                        + "plugin");
    }

    /** {@code ban} says where settings may not appear ("a `set ... where`"). */
    public static Diagnostic settingInSettingCondition(Span span, String ban, String setting) {
        return Code.E0210.of(span, ban + " cannot refer to the setting `" + setting + "`",
                "a setting cannot depend on a setting: test request fields here");
    }

    /** {@code before}: the declaration it follows ("the rule on line 3"). */
    public static Diagnostic lateHeader(Span span, String keyword, String before) {
        return Code.E0211.of(span, "header `" + keyword + "` must come before " + before,
                "move it to the top of the file");
    }

    /** A profile declaration in a policy; {@code keyword} as written (null: a rule). */
    public static Diagnostic profileDeclarationInPolicy(Span span, String keyword) {
        return Code.E0211.of(span, word(keyword) + " belongs in a platform profile",
                "default".equals(keyword) ? "a policy gives a setting its value with `set`"
                        : "platform rules live in the `.platform` file a policy names with"
                        + " `platform`");
    }

    /** A policy declaration in a profile; {@code keyword} as written (null: a rule). */
    public static Diagnostic policyDeclarationInProfile(Span span, String keyword) {
        String help = keyword == null ? "a profile's rules are guards: `guard NAME: when ... then"
                + " ...`" : "set".equals(keyword) ? "a profile gives a setting its `default`"
                        : null;
        return Code.E0211.of(span, word(keyword) + " belongs in a policy, not a platform profile",
                help);
    }

    public static Diagnostic quotedProfileName(Span span) {
        return Code.E0211.of(span, "a platform profile names itself with an identifier",
                "write `platform my_market \"My market\"`");
    }

    public static Diagnostic displayNameInPolicy(Span span, String platform) {
        return Code.E0211.of(span, "a display name belongs in the platform profile, not the"
                + " policy", "write `platform " + platform + "`");
    }

    /** Did-you-mean among an enum's values, else the values themselves when they are few. */
    private static String valueHelp(String unknown, List<String> values) {
        String suggestion = Suggestions.didYouMean(unknown, values);
        if (suggestion != null || values.size() > VALUES_LISTED) {
            return suggestion;
        }
        return "expected one of " + String.join(", ", values.stream().map(v -> "`" + v + "`")
                .toList());
    }

    private static String word(String keyword) {
        return keyword == null ? "a rule" : "`" + keyword + "`";
    }

    private static String defaultNote(boolean byDefault) {
        return byDefault ? " (the default platform)" : "";
    }

    private static String bundledList(List<String> bundled) {
        return "bundled profiles: "
                + String.join(", ", bundled.stream().map(n -> "`" + n + "`").toList());
    }

    private static Diagnostic as(Code code, Diagnostic diagnostic) {
        return new Diagnostic(code, code.severity(), diagnostic.file(), diagnostic.span(),
                diagnostic.message(), diagnostic.help(), diagnostic.related());
    }
}
