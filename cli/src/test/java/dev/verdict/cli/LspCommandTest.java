package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code verdict lsp} as an editor starts it: a separate process spoken to in JSON-RPC frames on
 * its standard input and output, which must carry nothing but protocol messages.
 */
class LspCommandTest {

    @Test
    void theServerAnswersOnStdioAndExitsCleanly() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "lsp")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        OutputStream in = process.getOutputStream();
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                + "\"params\":{\"capabilities\":{}}}");
        String initialized = receive(process.getInputStream());
        assertTrue(initialized.contains("\"name\":\"verdict\""), initialized);
        assertTrue(initialized.contains("\"hoverProvider\":true"), initialized);
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        assertTrue(receive(process.getInputStream()).contains("\"id\":2"));
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server exits after `exit`");
        assertEquals(0, process.exitValue());
    }

    private static void send(OutputStream in, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String header = "Content-Length: " + body.length + "\r\n\r\n";
        in.write(header.getBytes(StandardCharsets.US_ASCII));
        in.write(body);
        in.flush();
    }

    /** One framed message: a Content-Length header, a blank line, then that many bytes. */
    private static String receive(InputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = out.read();
            if (b < 0) {
                throw new IOException("the server closed its output: " + header);
            }
            header.write(b);
        }
        String text = header.toString(StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("Content-Length: "), "only protocol frames on stdout: " + text);
        int length = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        return new String(out.readNBytes(length), StandardCharsets.UTF_8);
    }
}
