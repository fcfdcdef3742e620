package org.shoumi.portal.employees.boundary;

import java.util.List;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.portal.employees.control.RosterProblem;

/** A roster file that was not imported, with every problem found; nothing was stored. */
public class RosterImportRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<RosterProblem> problems;

    public RosterImportRefusedException(List<RosterProblem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<RosterProblem> problems() {
        return problems;
    }
}
