package dev.verdict.lsp;

import dev.verdict.schema.Schema;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: what the name under the cursor is in the schema — a field's type and doc line, an
 * outcome's meaning and where it applies, an obligation, or a setting with its effective value
 * and the platform limits that bound it.
 */
final class Hovers {

    private final Schema schema;
    private final DocumentCompiler compiler;

    Hovers(Schema schema, DocumentCompiler compiler) {
        this.schema = schema;
        this.compiler = compiler;
    }

    Hover hover(PolicyDocument document, Position position) {
        int[] at = document.lines().compilerPosition(position);
        String path = new Tokens(document.text()).pathAt(at[0], at[1]);
        if (path == null) {
            return null;
        }
        Optional<String> text = schema.field(path).map(SchemaText::field)
                .or(() -> schema.outcome(path).map(SchemaText::outcome))
                .or(() -> schema.obligation(path).map(SchemaText::obligation))
                .or(() -> schema.setting(path).map(s ->
                        SettingHover.text(s, compiler.check(document).policy())));
        return text.map(t -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, t))).orElse(null);
    }
}
