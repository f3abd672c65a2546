package dev.verdict.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Diagnostics as an editor sees them: on open, on every change, and while a file is mid-edit. */
class DiagnosticsTest {

    private static final String URI = "file:///work/returns.policy";

    private EditorSession editor;

    @BeforeEach
    void start() throws Exception {
        editor = new EditorSession("test");
    }

    @AfterEach
    void stop() throws Exception {
        editor.close();
    }

    @Test
    void anUnknownFieldIsReportedWithTheCheckersCodeMessageAndHelp() throws Exception {
        editor.open(URI, "platform tiktok_us\nwhen reasn = size then approve_return_label\n");
        List<Diagnostic> found = editor.settled(URI, 1).getDiagnostics();
        Diagnostic unknown = found.stream().filter(d -> d.getCode().getLeft().equals("E0201"))
                .findFirst().orElseThrow();
        assertEquals("unknown field `reasn`\nhelp: did you mean `reason`?", unknown.getMessage());
        assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
        assertEquals(EditorSession.at(1, 5), unknown.getRange().getStart());
        assertEquals(EditorSession.at(1, 10), unknown.getRange().getEnd());
    }

    @Test
    void fixingTheMistakeClearsItAndTheAnalysisFollows() throws Exception {
        editor.open(URI, "platform tiktok_us\nwhen reasn = size then approve_return_label\n");
        editor.settled(URI, 1);
        editor.change(URI, 2, "platform tiktok_us\n"
                + "when reason = size then approve_return_label\n");
        List<String> codes = codes(editor.settled(URI, 2));
        assertTrue(codes.contains("W0404"), "the analysis runs once the checks pass: " + codes);
        assertTrue(!codes.contains("E0201"), codes.toString());
    }

    @Test
    void aFileMidEditGetsSyntaxErrorsAndKeepsTheRest() throws Exception {
        editor.open(URI, "platform tiktok_us\nwhen reason = then approve_return_label\n"
                + "when categry = shoes then manual_review\n");
        List<String> codes = codes(editor.settled(URI, 1));
        assertTrue(codes.contains("E0101"), codes.toString());
    }

    @Test
    void onlyTheLatestVersionIsAnalysedAfterABurstOfEdits() throws Exception {
        String rule = "when reason = size and amount < 80 then approve_return_label\n";
        editor.open(URI, "platform tiktok_us\n");
        StringBuilder text = new StringBuilder("platform tiktok_us\n");
        for (int version = 2; version <= 20; version++) {
            text.append(rule);
            editor.change(URI, version, text.toString());
        }
        PublishDiagnosticsParams last = editor.settled(URI, 20);
        assertEquals(20, last.getVersion());
        long unreachable = codes(last).stream().filter("W0401"::equals).count();
        assertEquals(18, unreachable, "every copy after the first is unreachable");
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        editor.open(URI, "when reasn = size then approve_return_label\n");
        editor.settled(URI, 1);
        editor.server.getTextDocumentService().didClose(
                new org.eclipse.lsp4j.DidCloseTextDocumentParams(EditorSession.doc(URI)));
        PublishDiagnosticsParams cleared = editor.diagnostics.take();
        while (!cleared.getDiagnostics().isEmpty()) {
            cleared = editor.diagnostics.take();
        }
        assertEquals(URI, cleared.getUri());
    }

    private static List<String> codes(PublishDiagnosticsParams params) {
        return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }
}
