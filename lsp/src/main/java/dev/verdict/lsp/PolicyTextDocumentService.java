package dev.verdict.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents and every request about them. Documents are synchronised whole (each
 * change carries the full text): policies are small, and it keeps the server simple and exact.
 */
final class PolicyTextDocumentService implements TextDocumentService {

    private final Map<String, PolicyDocument> documents = new ConcurrentHashMap<>();
    private final DiagnosticsPublisher diagnostics;
    private final Hovers hovers;
    private final Completions completions;

    PolicyTextDocumentService(DiagnosticsPublisher diagnostics, Hovers hovers,
                              Completions completions) {
        this.diagnostics = diagnostics;
        this.hovers = hovers;
        this.completions = completions;
    }

    PolicyDocument document(String uri) {
        return documents.get(uri);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        update(new PolicyDocument(item.getUri(), item.getVersion(), item.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        if (changes.isEmpty()) {
            return;
        }
        var id = params.getTextDocument();
        update(new PolicyDocument(id.getUri(), id.getVersion(),
                changes.get(changes.size() - 1).getText()));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        diagnostics.closed(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        PolicyDocument document = documents.get(params.getTextDocument().getUri());
        if (document != null) {
            diagnostics.changed(document);
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(params.getTextDocument().getUri(),
                d -> hovers.hover(d, params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
            CompletionParams params) {
        return answer(params.getTextDocument().getUri(),
                d -> Either.forLeft(completions.complete(d, params.getPosition())));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
            definition(DefinitionParams params) {
        return answer(params.getTextDocument().getUri(),
                d -> Either.forLeft(Navigation.definition(d, params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return answer(params.getTextDocument().getUri(), d -> Navigation.references(d,
                params.getPosition(), params.getContext().isIncludeDeclaration()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return answer(params.getTextDocument().getUri(), d -> Outline.symbols(d).stream()
                .map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(
            DocumentFormattingParams params) {
        return answer(params.getTextDocument().getUri(), Edits::format);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
            CodeActionParams params) {
        return answer(params.getTextDocument().getUri(), d -> Edits
                .quickFixes(d, params.getContext().getDiagnostics()).stream()
                .map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return answer(params.getTextDocument().getUri(), TestLenses::lenses);
    }

    private void update(PolicyDocument document) {
        documents.put(document.uri(), document);
        diagnostics.changed(document);
    }

    /** Answers from the document's current version; an unknown document gets no answer. */
    private <T> CompletableFuture<T> answer(String uri, Function<PolicyDocument, T> question) {
        return CompletableFuture.supplyAsync(() -> {
            PolicyDocument document = documents.get(uri);
            return document == null ? null : question.apply(document);
        });
    }
}
