package dev.verdict.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/diagnostics.md explains every code of the catalogue once, and no code the catalogue lacks.
 */
class DiagnosticsDocTest {

    @Test
    void everyCodeHasExactlyOneSection() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"),
                StandardCharsets.UTF_8);
        Matcher heading = Pattern.compile("(?m)^### ([EWI]\\d{4})$").matcher(doc);
        List<String> documented = heading.results().map(m -> m.group(1)).sorted().toList();
        List<String> catalogue = Arrays.stream(Code.values()).map(Code::name).sorted().toList();
        assertEquals(catalogue, documented);
    }
}
