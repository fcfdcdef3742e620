package org.shoumi.portal.employees.control;

import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/** A small unit for the roster import tests: three departments and three posts. */
final class RosterFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static final RosterDirectory DIRECTORY = RosterDirectory.of(
            List.of(new Department("OFFICE", "办公室", "General Office"),
                    new Department("HR", "人事处", "Human Resources"),
                    new Department("RESEARCH", "科研处", null)),
            List.of(new Post("STAFF", "机关工作人员", "Office staff"),
                    new Post("SECRETARY", "秘书", "Secretary"),
                    new Post("CLERK", "文书", "Clerk")));

    private RosterFixtures() {
    }
}
