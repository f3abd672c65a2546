package dev.verdict.lsp;

import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Runs the server's one command, {@link TestLenses#RUN_TEST}, and shows its result. */
final class VerdictWorkspaceService implements WorkspaceService {

    private final PolicyTextDocumentService documents;
    private final TestLenses tests;
    private final Consumer<MessageParams> client;

    VerdictWorkspaceService(PolicyTextDocumentService documents, TestLenses tests,
                            Consumer<MessageParams> client) {
        this.documents = documents;
        this.tests = tests;
        this.client = client;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        List<Object> arguments = params.getArguments();
        if (!TestLenses.RUN_TEST.equals(params.getCommand()) || arguments == null
                || arguments.size() != 2) {
            return CompletableFuture.completedFuture(null);
        }
        String uri = text(arguments.get(0));
        String testName = text(arguments.get(1));
        return CompletableFuture.supplyAsync(() -> {
            PolicyDocument document = documents.document(uri);
            if (document == null) {
                return "the document is not open";
            }
            TestLenses.TestOutcome outcome = tests.run(document, testName);
            client.accept(new MessageParams(outcome.passed() ? MessageType.Info
                    : MessageType.Error, outcome.message()));
            return outcome.message();
        });
    }

    /** A command argument: a JSON string as the client sent it, or a Java string in tests. */
    private static String text(Object argument) {
        return argument instanceof JsonPrimitive json ? json.getAsString()
                : String.valueOf(argument);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    }
}
