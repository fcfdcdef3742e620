package org.shoumi.portal.programmes.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme completion counted per department: complete, open in time, overdue, and closed without being completed
 * (the person left, or moved out of the programme's audience, before finishing it). A closed programme was given and
 * never done: it stays among the programmes and out of the completed ones, as the year report counts it, so the
 * department head's figure and the year report's agree and neither hides a leaver's unfinished training.
 */
public final class Completion {

    /** One programme as counted: its department, whether complete, whether closed unfinished, its due date. */
    public record Item(String departmentCode, String departmentName, boolean complete, boolean closed, LocalDate due) {
    }

    public record Department(String code, String name, long complete, long open, long overdue, long closed) {
        /** Every programme given: complete, open, overdue and closed unfinished. */
        public long total() {
            return complete + open + overdue + closed;
        }

        /** Whole percent complete ({@link #wholePercent}); 100 when nothing was asked of the department. */
        public int percent() {
            return total() == 0 ? 100 : wholePercent(complete, total());
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public long getComplete() {
            return complete;
        }

        public long getOpen() {
            return open;
        }

        public long getOverdue() {
            return overdue;
        }

        public long getClosed() {
            return closed;
        }

        public long getTotal() {
            return total();
        }

        public int getPercent() {
            return percent();
        }
    }

    private Completion() {
    }

    /**
     * {@code part} of {@code whole} in whole percent, rounded as the year report rounds (2 of 3 is 67, where it read
     * 66 beside the report's 66.7), except that it reads 100 only when all are done and 0 only when none is.
     */
    public static int wholePercent(long part, long whole) {
        if (whole <= 0) {
            return 0;
        }
        int rounded = (int) Math.round(part * 100.0 / whole);
        if (part < whole && rounded == 100) {
            return 99;
        }
        return part > 0 && rounded == 0 ? 1 : rounded;
    }

    /**
     * Departments in code order; a programme still open after its due date counts as overdue, one closed before it
     * was completed as closed.
     */
    public static List<Department> byDepartment(List<Item> items, LocalDate today) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Item i : items) {
            long[] c = counts.computeIfAbsent(i.departmentCode(), k -> new long[4]);
            names.putIfAbsent(i.departmentCode(), i.departmentName());
            if (i.complete()) {
                c[0]++;
            } else if (i.closed()) {
                c[3]++;
            } else if (today.isAfter(i.due())) {
                c[2]++;
            } else {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Department(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparing(Department::code)).toList();
    }
}
