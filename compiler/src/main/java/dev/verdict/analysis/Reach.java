package dev.verdict.analysis;

/**
 * The requests that reach a rule and for which it fires, as the checks ask about them: either a
 * computed region, or a search that finds such requests on demand (when the region would split
 * into too many cubes to compute, as the complement of a large policy does for {@code otherwise}).
 */
interface Reach {

    /** Requests that reach the rule and lie in {@code region} (all or some); empty if none does. */
    Region within(Region region);
}
