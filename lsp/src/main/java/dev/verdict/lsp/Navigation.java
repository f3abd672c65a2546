package dev.verdict.lsp;

import dev.verdict.ast.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/** Go to definition of {@code let} lists and of rules named in {@code by}; find a rule's uses. */
final class Navigation {

    private Navigation() {
    }

    static List<Location> definition(PolicyDocument document, Position position) {
        int[] at = document.lines().compilerPosition(position);
        return new References(document.syntax()).at(at[0], at[1])
                .map(d -> List.of(location(document, d.span())))
                .orElse(List.of());
    }

    static List<Location> references(PolicyDocument document, Position position,
                                     boolean includeDeclaration) {
        int[] at = document.lines().compilerPosition(position);
        References references = new References(document.syntax());
        List<Location> locations = new ArrayList<>();
        references.at(at[0], at[1]).ifPresent(definition -> {
            if (includeDeclaration) {
                locations.add(location(document, definition.span()));
            }
            references.usesOf(definition).forEach(s -> locations.add(location(document, s)));
        });
        return locations;
    }

    private static Location location(PolicyDocument document, Span span) {
        return new Location(document.uri(), document.lines().range(span));
    }
}
