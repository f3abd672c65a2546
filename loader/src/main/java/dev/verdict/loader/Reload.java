package dev.verdict.loader;

import java.time.Duration;

/**
 * The outcome of one reload: whether the new load was swapped in, what it found (diagnostics,
 * failing tests: {@link PolicyLoad#report()}), the policies deciding now (the new ones, or the
 * old ones when it was refused), and how long loading took.
 */
public record Reload(boolean accepted, PolicyLoad load, PolicySet active, Duration took) {
}
