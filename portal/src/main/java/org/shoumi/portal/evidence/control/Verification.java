package org.shoumi.portal.evidence.control;

import java.io.Serializable;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying the evidence log: the problems in the order the walk found them (at most
 * {@link ChainVerifier#MAX_PROBLEMS} kept, {@code problemCount} counts all), the number of entries and of
 * evidential records checked, and the chain's length and last hash.
 */
public record Verification(List<Problem> problems, int problemCount, long entries, long records, long chainLength,
                           String lastHash) implements Serializable {

    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problemCount == 0;
    }

    public Optional<Problem> first() {
        return problems.stream().findFirst();
    }
}
