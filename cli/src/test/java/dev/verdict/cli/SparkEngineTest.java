package dev.verdict.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --engine spark} without Spark at hand says so clearly, and the options that
 * belong to one engine are refused with the other. (The job itself is tested in {@code spark/}.)
 */
class SparkEngineTest {

    private static final String POLICY = "../examples/service/src/main/verdict/refunds.policy";
    private static final String HISTORY = "../examples/history/refunds.jsonl";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new PrintWriter(new StringWriter()),
            new PrintWriter(err), false);

    @Test
    void withoutTheModuleItSaysHowToGetIt() {
        assertEquals(Exit.USAGE, SparkEngine.simulate(console, null, List.of()));
        assertEquals("verdict: --engine spark needs the verdict-spark module, which is not "
                + "available; help: run the ./verdict launcher (it builds the module on first "
                + "use), or set VERDICT_SPARK_HOME to a built spark/target directory (see "
                + "docs/spark.md)\n", err.toString());
    }

    @Test
    void anUnbuiltModuleIsNamed() throws IOException {
        Files.writeString(dir.resolve("classpath.txt"), "");
        assertEquals(Exit.USAGE, SparkEngine.simulate(console, dir.toString(), List.of()));
        assertEquals("verdict: --engine spark cannot find " + dir.resolve("verdict-spark.jar")
                + "; help: build it with `mvn -B -DskipTests -pl spark -am package`\n",
                err.toString());
    }

    @Test
    void optionsOfTheLocalEngineAreRefusedOnSpark() {
        Cli.Result result = Cli.run("simulate", POLICY, "--history", HISTORY,
                "--engine", "spark", "--html", dir.resolve("x.html").toString());
        assertEquals(Exit.USAGE, result.exit());
        assertEquals("verdict: --html is not available with --engine spark\n"
                + "Try 'verdict simulate --help' for more information.\n", result.err());
    }

    @Test
    void sparkOptionsNeedTheSparkEngine() {
        Cli.Result result = Cli.run("simulate", POLICY, "--history", HISTORY,
                "--master", "local[2]");
        assertEquals(Exit.USAGE, result.exit());
        assertEquals("verdict: --master, --history-format, --column and --decisions need "
                + "--engine spark\nTry 'verdict simulate --help' for more information.\n",
                result.err());
    }

    @Test
    void theLocalEnginesCanBeNamedOnSimulateToo() {
        Cli.Result interpreted = Cli.run("simulate", POLICY, "--history", HISTORY,
                "--engine", "interpreted");
        Cli.Result compiled = Cli.run("simulate", POLICY, "--history", HISTORY);
        assertEquals(Exit.OK, interpreted.exit(), interpreted.err());
        assertEquals(compiled.out(), interpreted.out());
    }
}
