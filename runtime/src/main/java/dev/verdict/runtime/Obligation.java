package dev.verdict.runtime;

import java.util.List;

/** An obligation attached to a decision: {@code issue_coupon("5.00 USD")}, {@code tag("vip")}. */
public record Obligation(String action, List<String> args) {
    public Obligation {
        args = List.copyOf(args);
    }
}
