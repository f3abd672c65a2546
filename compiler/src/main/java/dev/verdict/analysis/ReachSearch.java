package dev.verdict.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Depth-first search for requests that reach a rule, without computing the whole region: each
 * cube is split by the next earlier rule that takes some of its requests, and the first piece
 * that no earlier rule touches is the answer. Rules that take some requests on the way are
 * recorded ({@link #covering()}): when nothing is found, they are those that decide the rule's
 * requests. The search is bounded: past its step limit it ends the rule's analysis.
 */
final class ReachSearch implements Reach {

    private final Space space;
    private final Region fires;
    private final List<Region> truths;
    private final BitSet earlier;
    private final long maxSteps;
    private final TreeSet<Integer> covering = new TreeSet<>();

    /** A search among {@code fires} for requests the rules at {@code earlier} (ascending) leave. */
    ReachSearch(Region fires, List<Region> truths, BitSet earlier, long maxSteps) {
        this.space = fires.space();
        this.fires = fires;
        this.truths = truths;
        this.earlier = earlier;
        this.maxSteps = maxSteps;
    }

    @Override
    public Region within(Region region) {
        Cube found = find(fires.intersect(region));
        return found == null ? Region.empty(space) : Region.of(found);
    }

    /** The positions of the rules that took some requests in the searches so far, ascending. */
    List<Integer> covering() {
        return new ArrayList<>(covering);
    }

    /** A cube of {@code start} that no earlier rule takes any request of, or null. */
    Cube find(Region start) {
        record Node(Cube cube, int next) {
        }
        Deque<Node> stack = new ArrayDeque<>();
        for (int i = start.cubes().size() - 1; i >= 0; i--) {
            stack.push(new Node(start.cubes().get(i), 0));
        }
        long steps = 0;
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            Region cube = Region.of(node.cube());
            int next = node.next();
            Region rest = cube;
            for (next = earlier.nextSetBit(next); next >= 0;
                    next = earlier.nextSetBit(next + 1)) {
                rest = cube.minus(truths.get(next));
                if (rest != cube) {
                    break;
                }
            }
            if (next < 0) {
                return node.cube();
            }
            covering.add(next);
            if (++steps > maxSteps) {
                throw new Budget.Exhausted(false);
            }
            for (int i = rest.cubes().size() - 1; i >= 0; i--) {
                stack.push(new Node(rest.cubes().get(i), next + 1));
            }
        }
        return null;
    }
}
