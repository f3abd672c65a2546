package dev.verdict.check;

import dev.verdict.ast.Span;
import dev.verdict.diag.SchemaDiagnostics;
import java.util.HashMap;
import java.util.Map;

/** The names of one kind a schema declares (fields, outcomes, ...): each at most once (E0603). */
final class SchemaNames {

    private record Where(String file, int line) {
    }

    private final String what;
    private final Map<String, Where> first = new HashMap<>();

    /** {@code what} names the kind in messages: "field", "outcome". */
    SchemaNames(String what) {
        this.what = what;
    }

    /** Records {@code name}; false after reporting that it was declared before. */
    boolean add(String name, Span span, Reporter reporter) {
        Where earlier = first.putIfAbsent(name, new Where(reporter.file(), span.line()));
        if (earlier == null) {
            return true;
        }
        reporter.report(SchemaDiagnostics.duplicate(span, what, name,
                earlier.file(), earlier.line()));
        return false;
    }

    boolean contains(String name) {
        return first.containsKey(name);
    }
}
