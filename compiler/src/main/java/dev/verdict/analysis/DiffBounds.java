package dev.verdict.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The bounds that a set of difference constraints and the fields' intervals imply: shortest
 * paths (Floyd–Warshall over the few fields involved) in the graph with an edge
 * {@code y -> x} of weight {@code c} for each {@code x - y <= c} and a zero node for the
 * intervals. A negative cycle means no request satisfies them; otherwise each field's tightened
 * interval is exactly the values it takes in some solution, so fixing one field to any value in
 * it leaves the rest solvable.
 */
final class DiffBounds {

    private static final long INF = Long.MAX_VALUE;

    private final int[] fields;
    private final long[][] dist;
    private final boolean feasible;

    private DiffBounds(int[] fields, long[][] dist, boolean feasible) {
        this.fields = fields;
        this.dist = dist;
        this.feasible = feasible;
    }

    /** Closes {@code diffs} under the present intervals {@code domainOf} gives each field. */
    static DiffBounds of(List<Diff> diffs, IntFunction<Domain> domainOf) {
        int[] fields = fieldsOf(diffs);
        int n = fields.length + 1;
        long[][] dist = new long[n][n];
        for (long[] row : dist) {
            Arrays.fill(row, INF);
        }
        for (int i = 0; i < n; i++) {
            dist[i][i] = 0;
        }
        for (int i = 0; i < fields.length; i++) {
            Domain domain = domainOf.apply(fields[i]);
            if (domain.hi() != Long.MAX_VALUE) {
                relax(dist, 0, i + 1, domain.hi());
            }
            if (domain.lo() != Long.MIN_VALUE) {
                relax(dist, i + 1, 0, -domain.lo());
            }
        }
        for (Diff diff : diffs) {
            relax(dist, node(fields, diff.y()), node(fields, diff.x()), diff.c());
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (dist[i][k] == INF) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (dist[k][j] != INF) {
                        relax(dist, i, j, add(dist[i][k], dist[k][j]));
                    }
                }
            }
        }
        boolean feasible = true;
        for (int i = 0; i < n; i++) {
            feasible &= dist[i][i] >= 0;
        }
        return new DiffBounds(fields, dist, feasible);
    }

    /** The distinct fields of {@code diffs}, ascending. */
    private static int[] fieldsOf(List<Diff> diffs) {
        int[] all = new int[diffs.size() * 2];
        for (int i = 0; i < diffs.size(); i++) {
            all[2 * i] = diffs.get(i).x();
            all[2 * i + 1] = diffs.get(i).y();
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    boolean feasible() {
        return feasible;
    }

    /** The least value {@code field} takes in a solution. */
    long lo(int field) {
        long d = dist[node(fields, field)][0];
        return d == INF ? Long.MIN_VALUE : -d;
    }

    /** The greatest value {@code field} takes in a solution ({@link Long#MAX_VALUE}: unbounded). */
    long hi(int field) {
        return dist[0][node(fields, field)];
    }

    private static int node(int[] fields, int field) {
        return Arrays.binarySearch(fields, field) + 1;
    }

    private static void relax(long[][] dist, int from, int to, long weight) {
        if (weight < dist[from][to]) {
            dist[from][to] = weight;
        }
    }

    /** Saturating addition of two finite path lengths. */
    private static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE / 2 : INF - 1;
        }
        return sum;
    }
}
