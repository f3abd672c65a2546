package dev.verdict.diag;

import java.util.Collection;

/** Did-you-mean: the closest known name by edit distance, when it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code did you mean `x`?}, or null when nothing is close. */
    public static String didYouMean(String unknown, Collection<String> known) {
        String best = closest(unknown, known);
        return best == null ? null : "did you mean `" + best + "`?";
    }

    /** The known name closest to {@code unknown}, or null when none is within a typo's reach. */
    public static String closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(unknown, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
        boolean prefix = best != null && unknown.length() >= 3
                && (best.startsWith(unknown) || unknown.startsWith(best));
        return best != null && (bestDistance <= allowed || prefix) ? best : null;
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counted as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1]
                        + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
