package dev.verdict.runtime;

import java.io.Serializable;
import java.util.List;

/** An obligation attached to a decision: {@code issue_coupon("5.00 USD")}, {@code tag("vip")}. */
public record Obligation(String action, List<String> args) implements Serializable {
    public Obligation {
        args = List.copyOf(args);
    }
}
