package dev.verdict.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.verdict.ast.Comment;
import dev.verdict.ast.Decl;
import dev.verdict.ast.SourceFile;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import dev.verdict.testing.AstShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The formatter's laws, on generated policies laid out at random with comments. */
class FormatterPropertiesTest {

    @Provide
    Arbitrary<SourceFile> files() {
        return PolicyArbitraries.files();
    }

    @Property(tries = 400)
    void printedTreeParsesBackToTheSameTree(@ForAll("files") SourceFile generated) {
        String text = Formatter.print(generated);
        assertEquals(AstShape.of(generated), AstShape.of(parse(text)), text);
    }

    @Property(tries = 400)
    void formattingKeepsTheTree(@ForAll("files") SourceFile generated, @ForAll long seed) {
        String messy = Scrambler.scramble(Formatter.print(generated), new Random(seed));
        SourceFile before = parse(messy);
        SourceFile after = parse(format(messy));
        assertEquals(AstShape.of(before, movedRules(before, after)), AstShape.of(after), messy);
    }

    @Property(tries = 400)
    void formattingIsIdempotent(@ForAll("files") SourceFile generated, @ForAll long seed) {
        String once = format(Scrambler.scramble(Formatter.print(generated), new Random(seed)));
        assertEquals(once, format(once));
    }

    @Property(tries = 400)
    void formattingKeepsEveryCommentInOrder(@ForAll("files") SourceFile generated,
                                            @ForAll long seed) {
        String messy = Scrambler.scramble(Formatter.print(generated), new Random(seed));
        String formatted = format(messy);
        assertEquals(commentTexts(parse(messy)), commentTexts(parse(formatted)), formatted);
    }

    private static String format(String text) {
        FormatResult result = Formatter.format("p.policy", text);
        assertNotNull(result.text(), () -> "refused: " + result.diagnostics() + "\n" + text);
        return result.text();
    }

    private static SourceFile parse(String text) {
        ParseResult parsed = SourceParser.parse("p.policy", text);
        assertEquals(List.of(), parsed.diagnostics(), text);
        return parsed.file();
    }

    private static List<String> commentTexts(SourceFile file) {
        return file.comments().stream().map(Comment::text).map(String::stripTrailing).toList();
    }

    /** {@code rule@OLD} to {@code rule@NEW} for each unnamed rule, matched in order. */
    private static UnaryOperator<String> movedRules(SourceFile before, SourceFile after) {
        List<Integer> oldLines = unnamedRuleLines(before);
        List<Integer> newLines = unnamedRuleLines(after);
        Map<String, String> renames = new HashMap<>();
        for (int i = 0; i < oldLines.size(); i++) {
            renames.put("rule@" + oldLines.get(i), "rule@" + newLines.get(i));
        }
        return name -> renames.getOrDefault(name, name);
    }

    private static List<Integer> unnamedRuleLines(SourceFile file) {
        return file.decls().stream()
                .filter(d -> d instanceof Decl.RuleDecl rule && rule.name() == null)
                .map(d -> ((Decl.RuleDecl) d).whenLine()).toList();
    }
}
