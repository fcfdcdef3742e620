package org.shoumi.portal.programmes.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Programme completion counted per department: complete, open in time, overdue. */
public final class Completion {

    /** One programme as counted: its department, whether complete, its due date. */
    public record Item(String departmentCode, String departmentName, boolean complete, LocalDate due) {
    }

    public record Department(String code, String name, long complete, long open, long overdue) {
        public long total() {
            return complete + open + overdue;
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

    /** Departments in code order; a programme still open after its due date counts as overdue. */
    public static List<Department> byDepartment(List<Item> items, LocalDate today) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Item i : items) {
            long[] c = counts.computeIfAbsent(i.departmentCode(), k -> new long[3]);
            names.putIfAbsent(i.departmentCode(), i.departmentName());
            if (i.complete()) {
                c[0]++;
            } else if (today.isAfter(i.due())) {
                c[2]++;
            } else {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Department(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(Department::code)).toList();
    }
}
