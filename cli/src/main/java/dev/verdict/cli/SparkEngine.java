package dev.verdict.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code simulate} on Apache Spark ({@code --engine spark}). Spark is not in the CLI's
 * jar: the separately built {@code verdict-spark} module is, with Spark's classpath and the JVM
 * options Spark needs on Java 17, in the directory {@code VERDICT_SPARK_HOME} names
 * ({@code spark/target}, which the {@code ./verdict} launcher builds on first use of
 * {@code --engine spark} and names). Its job runs in a child JVM that shares this one's
 * standard streams, and its exit code is the command's.
 */
final class SparkEngine {

    /** The variable naming the built {@code spark} module's target directory. */
    static final String HOME = "VERDICT_SPARK_HOME";

    private static final String JOB = "dev.verdict.spark.SimulateJob";

    private SparkEngine() {
    }

    /**
     * Runs the job with {@code args} from the built module in {@code home} (the value of
     * {@link #HOME}; null when unset); returns its exit code, or 2 after saying what is wrong.
     */
    static int simulate(Console console, String home, List<String> args) {
        if (home == null || home.isBlank()) {
            console.problem("--engine spark needs the verdict-spark module, which is not "
                    + "available; help: run the ./verdict launcher (it builds the module on "
                    + "first use), or set " + HOME + " to a built spark/target directory "
                    + "(see docs/spark.md)");
            return Exit.USAGE;
        }
        Path target = Path.of(home);
        Path jar = target.resolve("verdict-spark.jar");
        Path classpath = target.resolve("classpath.txt");
        Path options = target.resolve("spark-jvm.args");
        for (Path needed : List.of(jar, classpath, options)) {
            if (!Files.isRegularFile(needed)) {
                console.problem("--engine spark cannot find " + needed + "; help: build it with "
                        + "`mvn -B -DskipTests -pl spark -am package`");
                return Exit.USAGE;
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + options);
        try {
            command.add("-cp");
            command.add(jar + File.pathSeparator + Files.readString(classpath).strip());
        } catch (IOException e) {
            console.problem("cannot read " + classpath + ": " + SourcePaths.reason(e));
            return Exit.USAGE;
        }
        command.add(JOB);
        command.addAll(args);
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            console.problem("cannot start the Spark job: " + SourcePaths.reason(e));
            return Exit.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exit.USAGE;
        }
    }
}
