package dev.verdict.check;

import dev.verdict.ast.Decl;
import dev.verdict.ast.Operand;
import dev.verdict.ast.Operand.PathRef;
import dev.verdict.ast.SourceText;
import dev.verdict.diag.CheckDiagnostics;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Setting;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The policy's {@code let} lists. A list is checked once, where it is declared: its items must
 * all be values of one type that a field or setting has (a typo in {@code let apparel =
 * [womenswear, menswer]} is reported at {@code menswer}, with a did-you-mean). A use then only
 * asks whether the list holds values of the type it is compared with.
 */
final class LetLists {

    static final LetLists NONE = new LetLists(Map.of());

    private final Map<String, Decl.Let> declared;
    private final Map<String, Holding> holdings = new HashMap<>();

    LetLists(Map<String, Decl.Let> declared) {
        this.declared = Map.copyOf(declared);
    }

    Optional<Decl.Let> get(String name) {
        return Optional.ofNullable(declared.get(name));
    }

    List<String> names() {
        return List.copyOf(declared.keySet());
    }

    /** Checks every list at its declaration, used or not. */
    void check(Scope scope) {
        declared.keySet().forEach(name -> holding(name, scope));
    }

    /**
     * The values of list {@code use} as {@code type} (which {@code subject} names in messages),
     * or null after reporting that the list holds other values, or silently when the list
     * itself is wrong (reported at its declaration).
     */
    List<Long> values(PathRef use, Type type, String subject, Scope scope) {
        Holding holding = holding(use.dotted(), scope);
        if (holding.broken()) {
            return null;
        }
        Optional<Holder> holder = holding.holders().stream().filter(h -> h.holds(type)).findFirst();
        if (holding.holders().isEmpty() || holder.isPresent()) {
            ConstantChecker quiet = new ConstantChecker(scope.quiet());
            List<Long> values = new ArrayList<>();
            for (Operand item : declared.get(use.dotted()).values().items()) {
                values.add(quiet.of(item, type, subject));
            }
            return values;
        }
        scope.report(CheckDiagnostics.listOfOtherValues(use.span(), use.dotted(), subject,
                holding.holders().get(0).description()));
        return null;
    }

    private Holding holding(String name, Scope scope) {
        return holdings.computeIfAbsent(name, n -> analyse(declared.get(n), scope));
    }

    private static Holding analyse(Decl.Let let, Scope scope) {
        List<Operand> items = let.values().items();
        ConstantChecker quiet = new ConstantChecker(scope.quiet());
        List<Holder> holders = new ArrayList<>();
        Holder best = null;
        long bestScore = -1;
        for (Holder holder : holders(scope)) {
            long fitting = items.stream().filter(item -> quiet.of(item, holder.type(), "") != null)
                    .count();
            if (fitting == items.size()) {
                holders.add(holder);
            }
            long score = 2 * fitting + (holder.type().kind() == Kind.ENUM ? 1 : 0);
            if (score > bestScore) {
                best = holder;
                bestScore = score;
            }
        }
        if (!holders.isEmpty() || items.isEmpty()) {
            return new Holding(holders, false);
        }
        reportMisfits(let, best, scope);
        return new Holding(List.of(), true);
    }

    /**
     * Reports the items that are not values of the type most of the list's items have (an enum
     * on a tie: names say more than numbers).
     */
    private static void reportMisfits(Decl.Let let, Holder best, Scope scope) {
        ConstantChecker loud = new ConstantChecker(scope);
        ConstantChecker quiet = new ConstantChecker(scope.quiet());
        String subject = "`" + best.name() + "`";
        for (Operand item : let.values().items()) {
            if (quiet.of(item, best.type(), subject) != null) {
                continue;
            }
            if (best.type().kind() == Kind.ENUM || TypedLiterals.fits(item, best.type().kind())) {
                loud.of(item, best.type(), subject);
            } else if (!(item instanceof Operand.Malformed)) {
                scope.report(CheckDiagnostics.listItemMismatch(item.span(), let.name().text(),
                        best.description(), SourceText.operand(item),
                        TypedLiterals.describe(item), TypedLiterals.example(best.type())));
            }
        }
    }

    /** One type of each kind of value a field or setting has: what a list may hold. */
    private static List<Holder> holders(Scope scope) {
        Map<Object, Holder> holders = new LinkedHashMap<>();
        for (Field field : scope.schema().fields()) {
            holders.putIfAbsent(Holder.key(field.type()), new Holder(field.path(), field.type()));
        }
        for (Setting setting : scope.schema().settings()) {
            Holder holder = new Holder(setting.name(), setting.type());
            holders.putIfAbsent(Holder.key(setting.type()), holder);
        }
        return List.copyOf(holders.values());
    }

    /** A type a list may hold, named by the first field or setting of that type. */
    private record Holder(String name, Type type) {

        /** Enums are told apart by their values, other types by kind. */
        static Object key(Type type) {
            return type.kind() == Kind.ENUM ? type.values() : type.kind();
        }

        boolean holds(Type other) {
            return key(type).equals(key(other));
        }

        String description() {
            return type.kind() == Kind.ENUM ? "values of `" + name + "`"
                    : TypedLiterals.plural(type);
        }
    }

    /** The types a list's items all fit, or broken when they fit none (reported). */
    private record Holding(List<Holder> holders, boolean broken) {
    }
}
