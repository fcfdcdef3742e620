package org.shoumi.content.documents.boundary;

import java.util.List;
import org.shoumi.content.pack.control.PackProblem;
import org.shoumi.content.persistence.Refusal;

/** A new version was not published because its text has problems; nothing was saved. */
public class PublishRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    public PublishRefusedException(List<PackProblem> problems) {
        super("refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
