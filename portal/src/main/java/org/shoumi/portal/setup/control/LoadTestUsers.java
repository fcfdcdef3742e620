package org.shoumi.portal.setup.control;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.setup.control.DemoOrganisation.EmployeeSpec;

/**
 * The extra people of a demo installation set up for a load test ({@code shoumi.portal.demo.load-test-users}):
 * {@code bench0001} to {@code benchNNNN}, each an office worker in post with a login of their own, spread over
 * the demo departments in turn, so that every simulated taker has an attempt of their own. Pure data.
 */
public final class LoadTestUsers {

    /** The most a load test creates (bench0001 … bench50000: four digits, five from 10000 on). */
    public static final int MAX = 50000;

    /** A load-test person and the login that belongs to them. */
    public record Spec(String username, EmployeeSpec person) {
    }

    private LoadTestUsers() {
    }

    /**
     * {@code count} people with logins, numbered from 1. Zero (the default) gives none; a negative count or one
     * above {@value #MAX} is a configuration mistake that stops the start.
     */
    public static List<Spec> of(int count, LocalDate today) {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException(
                    "shoumi.portal.demo.load-test-users must be 0 to " + MAX + ", was: " + count);
        }
        List<DemoOrganisation.DepartmentSpec> departments = DemoOrganisation.DEPARTMENTS;
        return IntStream.rangeClosed(1, count).mapToObj(n -> {
            String number = String.format("%04d", n);
            EmployeeSpec person = new EmployeeSpec("BENCH" + number, "压测" + number,
                    departments.get((n - 1) % departments.size()).code(), "STAFF", SecrecyClass.GENERAL,
                    EmployeeStatus.ACTIVE, today.minusYears(1));
            return new Spec("bench" + number, person);
        }).toList();
    }
}
