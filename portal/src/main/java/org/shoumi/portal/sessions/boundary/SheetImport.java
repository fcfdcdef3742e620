package org.shoumi.portal.sessions.boundary;

import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.sessions.control.SheetProblem;

/**
 * What importing a sign-in sheet did: how many attendances it recorded, or (then none) every problem that
 * stopped it, each named by its row.
 */
public record SheetImport(int imported, List<SheetProblem> problems) implements Serializable {

    public SheetImport {
        problems = List.copyOf(problems);
    }

    public boolean done() {
        return problems.isEmpty();
    }
}
