package dev.verdict.cli;

import dev.verdict.lsp.VerdictLanguageServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code verdict lsp}: the language server, speaking the Language Server Protocol on standard
 * input and output for an editor (see docs/editors.md). Nothing else is written to stdout.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the language server on standard input and output, for editors.",
                "Exit: 0 after the editor's shutdown and exit; 1 when the connection ends "
                        + "without them."})
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, InterruptedException {
        String version = new Version().getVersion()[0].replaceFirst("^verdict ", "");
        return VerdictLanguageServer.run(new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out), version);
    }
}
