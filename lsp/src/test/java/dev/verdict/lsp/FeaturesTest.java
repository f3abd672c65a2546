package dev.verdict.lsp;

import static dev.verdict.lsp.EditorSession.at;
import static dev.verdict.lsp.EditorSession.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.format.Formatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hover, completion, navigation, edits, outline and tests, asked as an editor asks. */
class FeaturesTest {

    private static final String URI = "file:///work/refunds.policy";
    private static final String POLICY = String.join("\n",
            "policy \"Refunds\"",                                              // 0
            "platform tiktok_us",                                              // 1
            "let apparel = [womenswear, menswear]",                            // 2
            "set return_window = 30d",                                         // 3
            "rule serial_refunder:",                                           // 4
            "  when buyer.refunds_30d >= 2 then manual_review, tag(\"velocity\")", // 5
            "rule small:",                                                     // 6
            "  when category in apparel and amount < 50 then approve_refund",  // 7
            "otherwise manual_review",                                         // 8
            "test defaults: request = refund_only, category = womenswear, amount = 20, "
                    + "buyer.refunds_30d = 0, reason = size",                  // 9
            "test \"small refund\":",                                          // 10
            "  expect approve_refund by small",                                // 11
            "test \"wrong on purpose\":",                                      // 12
            "  expect manual_review by small",                                 // 13
            "");

    private static EditorSession editor;
    private static TextDocumentService documents;

    @BeforeAll
    static void open() throws Exception {
        editor = new EditorSession("test");
        documents = editor.server.getTextDocumentService();
        editor.open(URI, POLICY);
        editor.settled(URI, 1);
    }

    @AfterAll
    static void close() throws Exception {
        editor.close();
    }

    @Test
    void theServerAnnouncesWhatItCanDo() {
        var capabilities = editor.initialized.getCapabilities();
        assertTrue(capabilities.getHoverProvider().getLeft());
        assertEquals(List.of(TestLenses.RUN_TEST),
                capabilities.getExecuteCommandProvider().getCommands());
    }

    @Test
    void hoverOnAFieldShowsItsTypeAndDoc() throws Exception {
        String hover = hover(at(5, 15));
        assertTrue(hover.startsWith("**`buyer.refunds_30d`** · int 0.."), hover);
    }

    @Test
    void hoverOnAnOutcomeShowsWhereItApplies() throws Exception {
        String hover = hover(at(7, 55));
        assertTrue(hover.contains("**`approve_refund`** · outcome"), hover);
        assertTrue(hover.contains("`refund_only`, `return_and_refund`"), hover);
    }

    @Test
    void hoverOnASettingShowsItsValueAndThePlatformLimits() throws Exception {
        String hover = hover(at(3, 6));
        assertTrue(hover.contains("`30d` (line 4)"), hover);
        assertTrue(hover.contains("`limit return_window in [14d, 30d, 45d, 90d]`"), hover);
    }

    @Test
    void completionOffersWhatFitsWhereTheCursorIs() throws Exception {
        assertTrue(complete(at(5, 7)).contains("buyer.refunds_30d"), "fields after `when`");
        assertTrue(complete(at(7, 19)).contains("apparel"), "lists after `in`");
        assertTrue(complete(at(7, 49)).contains("approve_refund"), "outcomes after `then`");
        assertTrue(complete(at(5, 53)).contains("tag"), "obligations after the outcome");
        assertTrue(complete(at(11, 27)).contains("serial_refunder"), "rules after `by`");
        assertTrue(complete(at(1, 9)).contains("tiktok_us"), "profiles after `platform`");
        assertTrue(complete(at(3, 4)).contains("return_window"), "settings after `set`");
    }

    @Test
    void completionOffersTheValuesOfTheEnumOnTheLeft() throws Exception {
        String text = "when reason = ";
        editor.open("file:///work/typing.policy", text);
        List<String> labels = labels(documents.completion(new CompletionParams(
                doc("file:///work/typing.policy"), at(0, text.length()))).get(30,
                TimeUnit.SECONDS).getLeft());
        assertTrue(labels.contains("damaged") && labels.contains("size"), labels.toString());
        assertFalse(labels.contains("womenswear"), labels.toString());
    }

    @Test
    void aListAndARuleGoToTheirDefinitions() throws Exception {
        assertEquals(range(2, 4, 2, 11), definition(at(7, 22)).getRange());
        assertEquals(range(6, 5, 6, 10), definition(at(11, 28)).getRange());
    }

    @Test
    void referencesOfARuleAreTheTestsThatNameIt() throws Exception {
        List<? extends Location> found = documents.references(new ReferenceParams(doc(URI),
                at(6, 7), new ReferenceContext(false))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(range(11, 27, 11, 32), range(13, 26, 13, 31)),
                found.stream().map(Location::getRange).toList());
    }

    @Test
    void formattingGivesTheFmtLayout() throws Exception {
        List<? extends TextEdit> edits = documents.formatting(new DocumentFormattingParams(
                doc(URI), new FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
        assertEquals(1, edits.size());
        assertEquals(Formatter.format("refunds.policy", POLICY).text(), edits.get(0).getNewText());
    }

    @Test
    void theOutlineListsRulesSettingsListsAndTests() throws Exception {
        List<String> names = documents.documentSymbol(new DocumentSymbolParams(doc(URI)))
                .get(30, TimeUnit.SECONDS).stream().map(e -> e.getRight())
                .map(DocumentSymbol::getName).toList();
        assertEquals(List.of("apparel", "return_window", "serial_refunder", "small", "otherwise",
                "test defaults", "small refund", "wrong on purpose"), names);
    }

    @Test
    void aDidYouMeanBecomesAQuickFix() throws Exception {
        String uri = "file:///work/typo.policy";
        editor.open(uri, "platform tiktok_us\nwhen reasn = size then approve_return_label\n");
        List<Diagnostic> found = editor.settled(uri, 1).getDiagnostics();
        List<CodeAction> actions = actions(uri, found);
        TextEdit edit = actions.get(0).getEdit().getChanges().get(uri).get(0);
        assertEquals("reason", edit.getNewText());
        assertEquals(range(1, 5, 1, 10), edit.getRange());
    }

    @Test
    void aMissingVelocityGuardIsInsertedBeforeTheRule() throws Exception {
        String uri = "file:///work/generous.policy";
        editor.open(uri, "platform tiktok_us\n"
                + "  when reason = damaged and amount < 30 then approve_refund\n");
        List<Diagnostic> found = editor.settled(uri, 1).getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("W0405")).toList();
        TextEdit edit = actions(uri, found).get(0).getEdit().getChanges().get(uri).get(0);
        assertEquals(range(1, 0, 1, 0), edit.getRange());
        assertTrue(edit.getNewText().startsWith("  when buyer."), edit.getNewText());
        assertTrue(edit.getNewText().endsWith("then manual_review\n"), edit.getNewText());
    }

    @Test
    void aTestLensRunsItsTestAndSaysHowItFared() throws Exception {
        List<? extends CodeLens> lenses = documents.codeLens(new CodeLensParams(doc(URI)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(2, lenses.size());
        editor.messages.clear();
        Object passed = run(lenses.get(0));
        assertEquals("test `small refund` passed: `approve_refund` by `small`", passed);
        assertEquals(MessageType.Info, editor.messages.take().getType());
        Object failed = run(lenses.get(1));
        assertEquals("test `wrong on purpose` failed: expected `manual_review` by `small`, got "
                + "`approve_refund` from `small`", failed);
        assertEquals(MessageType.Error, editor.messages.take().getType());
    }

    private Object run(CodeLens lens) throws Exception {
        return editor.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                lens.getCommand().getCommand(), lens.getCommand().getArguments()))
                .get(30, TimeUnit.SECONDS);
    }

    private static List<CodeAction> actions(String uri, List<Diagnostic> diagnostics)
            throws Exception {
        return documents.codeAction(new CodeActionParams(doc(uri), range(0, 0, 0, 0),
                        new CodeActionContext(diagnostics))).get(30, TimeUnit.SECONDS).stream()
                .map(e -> e.getRight()).toList();
    }

    private static String hover(Position position) throws Exception {
        Hover hover = documents.hover(new HoverParams(doc(URI), position))
                .get(30, TimeUnit.SECONDS);
        return hover.getContents().getRight().getValue();
    }

    private static List<String> complete(Position position) throws Exception {
        return labels(documents.completion(new CompletionParams(doc(URI), position))
                .get(30, TimeUnit.SECONDS).getLeft());
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static Location definition(Position position) throws Exception {
        return documents.definition(new DefinitionParams(doc(URI), position))
                .get(30, TimeUnit.SECONDS).getLeft().get(0);
    }

    private static Range range(int line, int start, int endLine, int end) {
        return new Range(at(line, start), at(endLine, end));
    }
}
