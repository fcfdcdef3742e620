package org.shoumi.quizzes.attempts.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A quiz definition cannot be drawn from the bank at all: there is no way to give every rule as many distinct
 * matching questions as it asks for. Lists every rule left short.
 */
public class UnsatisfiableDrawException extends RuntimeException {

    /** Rule {@code ruleIndex} (0-based) needs {@code required} questions but at most {@code available} can be given to it. */
    public record Shortfall(int ruleIndex, int required, int available) {
        @Override
        public String toString() {
            return "draw rule " + (ruleIndex + 1) + " needs " + required + " questions but only " + available
                    + " matching questions are left for it";
        }
    }

    private final transient List<Shortfall> shortfalls;

    public UnsatisfiableDrawException(List<Shortfall> shortfalls) {
        super(shortfalls.stream().map(Shortfall::toString).collect(Collectors.joining("; ")));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<Shortfall> shortfalls() {
        return shortfalls;
    }
}
