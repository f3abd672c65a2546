package dev.verdict.pipeline;

import dev.verdict.analysis.Analyzer;
import dev.verdict.analysis.ProfileFindings;
import dev.verdict.check.CheckResult;
import dev.verdict.check.Checker;
import dev.verdict.check.ProfileCheck;
import dev.verdict.check.ProfileInput;
import dev.verdict.check.SchemaReader;
import dev.verdict.check.SchemaText;
import dev.verdict.diag.Diagnostic;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.schema.Schema;
import dev.verdict.source.BoundedRead;
import dev.verdict.source.Profiles;
import dev.verdict.source.ProjectTree;
import dev.verdict.source.Schemas;
import dev.verdict.syntax.ParseResult;
import dev.verdict.syntax.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place the stages are chained: parse, find and parse the profile, then check (what the
 * parser kept; declarations with syntax errors are already left out), then, when nothing is
 * wrong but rules whose outcome never applies (E0208, left out), analyse. Each stage
 * reports into one list of diagnostics, sorted by position; the checked policy is kept only
 * when none of them is an error (the analysis reports E0301 and E0303).
 */
public final class Compiler {

    private final Schema schema;
    private final CompilerOptions options;

    public Compiler(Schema schema, CompilerOptions options) {
        this.schema = schema;
        this.options = options;
    }

    /** Compiles a policy file (UTF-8), named in diagnostics as the path was given. */
    public Compilation compile(Path policyFile) throws IOException {
        String text = BoundedRead.text(policyFile);
        Path directory = policyFile.toAbsolutePath().getParent();
        return compile(policyFile.toString(), text, directory);
    }

    /**
     * Compiles policy {@code text}; {@code displayPath} names it in diagnostics, and
     * {@code directory} (null: the current one) is where its quoted profile paths are read.
     */
    public Compilation compile(String displayPath, String text, Path directory) {
        ParseResult parsed = SourceParser.parse(displayPath, text);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.hasErrors() && parsed.file().decls().isEmpty()) {
            return result(parsed, null, diagnostics, Map.of(displayPath, text));
        }
        ProjectTree tree = options.treeFor(directory);
        ProfileInput profile =
                Profiles.of(parsed.file(), options.defaultPlatform(), directory, tree);
        CheckResult checked = new Checker(schema, Schemas.LIBRARY.within(tree))
                .check(parsed.file(), parsed.hasErrors(), profile, directory);
        diagnostics.addAll(checked.diagnostics());
        CheckedPolicy policy = checked.policy();
        if (policy != null && options.analyse()) {
            diagnostics.addAll(Analyzer.analyse(policy, options.analysis()));
        }
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return result(parsed, errors ? null : policy, diagnostics, checked.sources());
    }

    /** Compiles a file of {@code kind}: a policy, or a profile or a schema on its own. */
    public Compilation compile(Checkable kind, String displayPath, String text, Path directory) {
        return switch (kind) {
            case POLICY -> compile(displayPath, text, directory);
            case PROFILE -> compileProfile(displayPath, text, directory);
            case SCHEMA -> compileSchema(displayPath, text, directory);
        };
    }

    /**
     * Checks a platform profile on its own ({@link ProfileCheck}), against the schema it names
     * (the default one when it names none; a quoted path is read from {@code directory}); when
     * it has no errors, and the options ask for it, analyses its settings and guards
     * ({@link ProfileFindings}).
     */
    public Compilation compileProfile(String displayPath, String text, Path directory) {
        ParseResult parsed = SourceParser.parse(displayPath, text);
        CheckResult checked = new ProfileCheck(schema, Schemas.LIBRARY.within(
                options.treeFor(directory)))
                .check(new ProfileInput.Parsed(parsed.file(), parsed.diagnostics(), directory));
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        CheckedPolicy profile = checked.policy();
        if (profile != null && options.analyse()) {
            diagnostics.addAll(ProfileFindings.analyse(profile, options.analysis()));
        }
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return result(parsed, errors ? null : profile, diagnostics, checked.sources());
    }

    /**
     * Checks a schema file on its own, with the schemas it extends (quoted paths are read from
     * {@code directory}). The compilation has no policy: a schema decides nothing.
     */
    public Compilation compileSchema(String displayPath, String text, Path directory) {
        ParseResult parsed = SourceParser.parse(displayPath, text);
        SchemaReader.Result read = SchemaReader.read(
                new SchemaText(displayPath, parsed.file(), parsed.diagnostics(), directory),
                Schemas.LIBRARY.within(options.treeFor(directory)));
        return result(parsed, null, new ArrayList<>(read.diagnostics()), read.sources());
    }

    private static Compilation result(ParseResult parsed, CheckedPolicy policy,
                                      List<Diagnostic> diagnostics, Map<String, String> sources) {
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new Compilation(parsed.file(), policy, diagnostics, sources);
    }
}
