package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./verdict} launcher's build lock, and its build of the Spark engine on first use
 * of {@code --engine spark}, run on a copy of the script in a scratch project whose {@code mvn}
 * and {@code java} are stand-ins: no real build happens.
 */
class LauncherLockTest {

    @TempDir
    Path project;

    @Test
    void aLockLeftByAProcessThatIsGoneIsBroken() throws Exception {
        long dead = deadPid();
        Path lock = lockOwnedBy(dead);
        Run run = launch();
        assertEquals(0, run.exit(), run.err());
        assertEquals("java ran: --version", run.out().strip());
        assertTrue(run.err().contains("removing the build lock of process " + dead), run.err());
        assertFalse(Files.exists(lock));
    }

    @Test
    void aLockOfARunningBuildIsWaitedForAndSaysSo() throws Exception {
        Process owner = new ProcessBuilder("sleep", "60").start();
        try {
            lockOwnedBy(owner.pid());
            Process launcher = start();
            Path err = project.resolve("launcher.err");
            String waiting = "verdict: waiting for the build in process " + owner.pid()
                    + " to finish";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!read(err).contains(waiting) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(read(err).contains(waiting), read(err));
            assertTrue(launcher.isAlive(), "the launcher must wait while the owner runs");
            owner.destroy();
            owner.waitFor();
            Run run = finish(launcher);
            assertEquals(0, run.exit(), run.err());
            assertEquals("java ran: --version", run.out().strip());
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    void theSparkEngineIsBuiltOnFirstUseAndNamedForTheCli() throws Exception {
        Run run = finish(start("simulate", "p.policy", "--engine", "spark"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("java ran: spark " + project.toRealPath().resolve("spark/target"),
                run.out().strip());
        assertEquals("-pl cli -am package\n-pl spark -am package\n",
                read(project.resolve("mvn.log")).replace("-B -q -DskipTests ", ""));
    }

    @Test
    void otherCommandsDoNotBuildTheSparkEngine() throws Exception {
        Run run = finish(start("simulate", "p.policy", "--engine", "interpreted"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("java ran: spark", run.out().strip());
        assertEquals("-pl cli -am package\n",
                read(project.resolve("mvn.log")).replace("-B -q -DskipTests ", ""));
    }

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    private Path lockOwnedBy(long pid) throws IOException {
        Path lock = Files.createDirectory(project.resolve(".verdict-build.lock"));
        Files.writeString(lock.resolve("pid"), pid + "\n");
        return lock;
    }

    private Process start(String... args) throws IOException {
        Files.copy(Path.of("..", "verdict"), project.resolve("verdict"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("cli/src"));
        Path bin = Files.createDirectories(project.resolve("bin"));
        stub(bin.resolve("mvn"), "echo \"$*\" >> mvn.log; module=\"${*: -3:1}\"; "
                + "mkdir -p $module/target && : > $module/target/verdict.jar && "
                + ": > $module/target/verdict-spark.jar");
        stub(bin.resolve("java"), args.length == 0 ? "echo \"java ran: ${*: -1}\""
                : "echo \"java ran: spark $VERDICT_SPARK_HOME\"");
        List<String> command = new ArrayList<>(List.of("bash",
                project.resolve("verdict").toString()));
        command.addAll(args.length == 0 ? List.of("--version") : List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("VERDICT_SPARK_HOME");
        builder.redirectOutput(project.resolve("launcher.out").toFile());
        builder.redirectError(project.resolve("launcher.err").toFile());
        return builder.directory(project.toFile()).start();
    }

    private Run launch() throws Exception {
        return finish(start());
    }

    private Run finish(Process launcher) throws Exception {
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(launcher.exitValue(), read(project.resolve("launcher.out")),
                read(project.resolve("launcher.err")));
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private record Run(int exit, String out, String err) {
    }
}
