package dev.verdict.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verdict.pipeline.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticLogTest {

    @TempDir
    Path project;

    private List<Compilation> compile() throws Exception {
        Path typo = ProjectFolder.write(project, "a.policy", """
                policy "Typo"
                platform tiktok_us
                rule r: when reasn = size then approve_return_label
                otherwise manual_review
                """);
        Path bare = ProjectFolder.write(project, "b.policy", """
                policy "Bare"
                otherwise manual_review
                """);
        return new ProjectPolicies(project, null, List.of(), true).compile(List.of(typo, bare));
    }

    @Test
    void logsEachDiagnosticAtItsLevelAndCountsThem() throws Exception {
        RecordingLog recording = new RecordingLog();
        DiagnosticLog log = new DiagnosticLog(recording, new MavenMessages(project));
        log.report(compile());
        assertEquals(List.of(
                "[ERROR] " + project.resolve("a.policy") + ":[3,14] error[E0201]: unknown field "
                        + "`reasn` (help: did you mean `reason`?)",
                "[WARNING] " + project.resolve("b.policy") + ":[1,1] warning[W0406]: no platform "
                        + "profile: platform rules were not checked (help: add `platform "
                        + "tiktok_us` or pass `--platform`)"), recording.lines);
        assertEquals(1, log.errors());
        assertEquals(1, log.warnings());
        assertEquals("1 error, 1 warning", log.counts());
    }

    @Test
    void canLogOnlyTheErrors() throws Exception {
        RecordingLog recording = new RecordingLog();
        DiagnosticLog log = new DiagnosticLog(recording, new MavenMessages(project));
        log.reportErrors(compile());
        assertEquals(1, recording.lines.size());
        assertEquals("1 error", log.counts());
    }
}
