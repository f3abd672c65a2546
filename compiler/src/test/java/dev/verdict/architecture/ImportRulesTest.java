package dev.verdict.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The import rules each {@code package-info.java} states, kept: every compiler package imports
 * only the Verdict packages listed for it (which puts the stages in order), {@code runtime}
 * imports nothing of the compiler, and no packages import each other in a cycle.
 */
class ImportRulesTest {

    private static final String ROOT = "dev.verdict.";

    /** Each compiler package and the Verdict packages it may import, as its package-info says. */
    private static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        allow("ast");
        allow("schema", "ast");
        allow("diag", "ast");
        allow("diag.render", "ast", "diag");
        allow("diag.sarif", "ast", "diag", "diag.render");
        allow("syntax", "ast", "diag", "grammar", "runtime");
        allow("ir", "ast", "schema", "runtime");
        allow("check", "ast", "diag", "ir", "schema", "runtime");
        allow("source", "ast", "check", "diag", "schema", "syntax");
        allow("analysis", "ast", "diag", "interp", "ir", "schema", "runtime");
        allow("interp", "ast", "ir", "schema", "runtime");
        allow("request", "ir", "schema", "runtime");
        allow("codegen", "ast", "ir", "request", "schema", "runtime");
        allow("engine", "codegen", "interp", "ir", "runtime", "syntax");
        allow("format", "ast", "diag", "syntax");
        allow("explain", "format", "interp", "ir", "schema", "runtime");
        allow("simulate", "analysis", "diag", "diag.render", "explain", "interp", "ir", "report",
                "request", "schema", "runtime");
        allow("report", "ast", "format", "interp", "ir", "runtime");
        allow("coverage", "ast", "format", "interp", "ir", "report", "runtime", "syntax");
        allow("diff", "analysis", "runtime", "simulate");
        allow("pipeline", "analysis", "ast", "check", "diag", "ir", "schema", "source",
                "syntax");
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.verdict");

    private static void allow(String pkg, String... imports) {
        MAY_IMPORT.put(pkg, Set.of(imports));
    }

    @Test
    void everyCompilerPackageHasItsRule() {
        Set<String> packages = CLASSES.stream().map(JavaClass::getPackageName)
                .filter(p -> !p.startsWith(ROOT + "runtime") && !p.startsWith(ROOT + "grammar"))
                .map(p -> p.substring(ROOT.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(packages, new TreeSet<>(MAY_IMPORT.keySet()));
    }

    @Test
    void eachPackageImportsOnlyWhatItsPackageInfoAllows() {
        for (Map.Entry<String, Set<String>> rule : MAY_IMPORT.entrySet()) {
            List<String> forbidden = forbiddenFor(rule.getKey(), rule.getValue());
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage(ROOT + rule.getKey())
                    .should().dependOnClassesThat().resideInAnyPackage(
                            forbidden.toArray(String[]::new))
                    .because("package-info of " + rule.getKey() + " allows only "
                            + rule.getValue())
                    .check(CLASSES);
        }
    }

    @Test
    void theRuntimeImportsNothingOfTheCompiler() {
        noClasses().that().resideInAPackage(ROOT + "runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(MAY_IMPORT.keySet().stream()
                        .map(p -> ROOT + p + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void codegenNeverImportsTheInterpreterNorCheckTheParser() {
        noClasses().that().resideInAPackage(ROOT + "codegen..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "interp..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + "check..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "syntax..")
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.verdict.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** Every Verdict package other than {@code pkg} itself and what it may import. */
    private static List<String> forbiddenFor(String pkg, Set<String> allowed) {
        Set<String> all = new TreeSet<>(MAY_IMPORT.keySet());
        all.add("runtime");
        all.add("grammar");
        return all.stream().filter(p -> !p.equals(pkg) && !allowed.contains(p))
                .map(p -> ROOT + p).toList();
    }
}
