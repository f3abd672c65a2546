package dev.verdict.lsp;

import dev.verdict.ast.Decl;
import dev.verdict.ast.SourceFile;
import dev.verdict.source.SourceKind;
import dev.verdict.format.Formatter;
import dev.verdict.schema.Field;
import dev.verdict.schema.Kind;
import dev.verdict.schema.Schema;
import dev.verdict.schema.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Completion: fields after {@code when}, {@code and}, {@code or}; the values of the enum on the
 * left of {@code =} and {@code in} (and the {@code let} lists that fit after {@code in});
 * outcomes after {@code then}, obligations after the outcome; settings after {@code set};
 * bundled profiles after {@code platform}; rule names after {@code by}; keywords elsewhere.
 */
final class Completions {

    private static final List<String> KEYWORDS = List.of("policy", "platform", "currency",
            "let", "set", "rule", "when", "then", "otherwise", "test", "given", "expect");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Schema schema;

    Completions(Schema schema) {
        this.schema = schema;
    }

    List<CompletionItem> complete(PolicyDocument document, Position position) {
        int[] at = document.lines().compilerPosition(position);
        CompletionContext context =
                CompletionContext.of(new Tokens(document.text()).before(at[0], at[1]));
        return switch (context.kind()) {
            case FIELD -> fields();
            case VALUE -> values(context.leftPath(), document.syntax());
            case OUTCOME -> outcomes();
            case OBLIGATION -> obligations();
            case SETTING -> settings();
            case PROFILE -> profiles();
            case RULE -> rules(document.syntax());
            case KEYWORD -> keywords();
        };
    }

    private List<CompletionItem> fields() {
        return schema.fields().stream()
                .map(f -> item(f.path(), CompletionItemKind.Field, SchemaText.type(f.type()),
                        SchemaText.field(f)))
                .toList();
    }

    private List<CompletionItem> values(String leftPath, SourceFile syntax) {
        Optional<Type> type = Optional.ofNullable(leftPath).flatMap(p -> schema.field(p)
                .map(Field::type).or(() -> schema.setting(p).map(s -> s.type())));
        List<CompletionItem> items = new ArrayList<>();
        if (type.isPresent() && type.get().kind() == Kind.ENUM) {
            for (String value : type.get().values()) {
                items.add(item(value, CompletionItemKind.EnumMember, leftPath, null));
            }
        } else if (type.isPresent()) {
            schema.settings().stream().filter(s -> s.type().kind() == type.get().kind())
                    .forEach(s -> items.add(item(s.name(), CompletionItemKind.Property,
                            "setting", SchemaText.setting(s))));
            schema.fields().stream().filter(f -> f.type().kind() == type.get().kind()
                            && !f.path().equals(leftPath))
                    .forEach(f -> items.add(item(f.path(), CompletionItemKind.Field,
                            SchemaText.type(f.type()), SchemaText.field(f))));
        }
        for (Decl decl : syntax.decls()) {
            if (decl instanceof Decl.Let let) {
                items.add(item(let.name().text(), CompletionItemKind.Variable, "let list",
                        null));
            }
        }
        return items;
    }

    private List<CompletionItem> outcomes() {
        return schema.outcomes().stream()
                .map(o -> item(o.name(), CompletionItemKind.Function, "outcome",
                        SchemaText.outcome(o)))
                .toList();
    }

    private List<CompletionItem> obligations() {
        return schema.obligations().stream()
                .map(o -> item(o.name(), CompletionItemKind.Function, "obligation",
                        SchemaText.obligation(o)))
                .toList();
    }

    private List<CompletionItem> settings() {
        return schema.settings().stream()
                .map(s -> item(s.name(), CompletionItemKind.Property, "setting",
                        SchemaText.setting(s)))
                .toList();
    }

    private static List<CompletionItem> profiles() {
        return SourceKind.PROFILE.bundledNames().stream()
                .map(p -> item(p, CompletionItemKind.Module, "bundled platform profile", null))
                .toList();
    }

    private static List<CompletionItem> rules(SourceFile syntax) {
        List<CompletionItem> items = new ArrayList<>();
        for (Decl decl : syntax.decls()) {
            if (decl instanceof Decl.RuleDecl rule) {
                String name = rule.displayName();
                String written = IDENTIFIER.matcher(name).matches() ? name
                        : Formatter.quote(name);
                items.add(item(written, CompletionItemKind.Reference, "rule, line "
                        + rule.span().line(), null));
            }
        }
        return items;
    }

    private static List<CompletionItem> keywords() {
        return KEYWORDS.stream().map(k -> item(k, CompletionItemKind.Keyword, null, null))
                .toList();
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail,
                                       String markdown) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        if (markdown != null) {
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        }
        return item;
    }
}
