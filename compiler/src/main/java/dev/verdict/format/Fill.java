package dev.verdict.format;

import java.util.ArrayList;
import java.util.List;

/** Fills lines greedily with comma-separated pieces, breaking after a comma past the width. */
final class Fill {

    private Fill() {
    }

    /**
     * {@code head} followed by the pieces joined with {@code ", "} and then {@code tail}, on one
     * line when it fits in {@link CondPrinter#WIDTH} columns; else broken after commas,
     * continuation lines starting with {@code indent}.
     */
    static List<String> commaSeparated(String head, List<String> pieces, String tail,
                                       String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i) + (i < pieces.size() - 1 ? "," : tail);
            boolean fits = line.length() + 1 + piece.length() <= CondPrinter.WIDTH;
            if (i == 0 || fits) {
                line.append(i == 0 ? "" : " ").append(piece);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(indent).append(piece);
            }
        }
        if (pieces.isEmpty()) {
            line.append(tail);
        }
        lines.add(line.toString());
        return lines;
    }
}
