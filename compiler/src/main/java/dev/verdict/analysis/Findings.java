package dev.verdict.analysis;

import java.util.ArrayList;
import java.util.List;

/** The findings of one analysis run, in the order the checks made them. */
final class Findings {

    private final List<Finding> all = new ArrayList<>();

    void add(Finding finding) {
        all.add(finding);
    }

    List<Finding> all() {
        return List.copyOf(all);
    }
}
