package org.shoumi.portal.reports.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** A year-end report of the demo unit, a report with nothing in it, and the labels of both languages. */
final class ReportsFixtures {

    static final Instant GENERATED = Instant.parse("2026-12-31T02:30:00Z");

    private ReportsFixtures() {
    }

    static Function<String, String> labels(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", locale);
        return bundle::getString;
    }

    static Function<String, String> chinese() {
        return labels(Locale.SIMPLIFIED_CHINESE);
    }

    static Function<String, String> english() {
        return labels(Locale.ENGLISH);
    }

    /** Three departments, four classes, two quizzes, two sessions, pledges, findings and departures. */
    static YearFigures demoYear() {
        return YearFigures.builder("示范单位", 2026, GENERATED, YearFigures.Scope.wholeUnit())
                .department("BGS", "办公室", 10, 20, 18, 1)
                .department("BMB", "保密办公室", 4, 8, 8, 0)
                .department("RSC", "人事处", 6, 12, 9, 3)
                .secrecyClass(SecrecyClass.CORE, 3, 6, 6, 0)
                .secrecyClass(SecrecyClass.IMPORTANT, 7, 14, 12, 1)
                .secrecyClass(SecrecyClass.GENERAL, 8, 16, 13, 3)
                .secrecyClass(SecrecyClass.NONE, 2, 4, 4, 0)
                .hours(SecrecyClass.CORE, 3, new BigDecimal("16.50"), new BigDecimal("16"), 2)
                .hours(SecrecyClass.IMPORTANT, 7, new BigDecimal("13.00"), new BigDecimal("12"), 6)
                .hours(SecrecyClass.GENERAL, 8, new BigDecimal("9.25"), new BigDecimal("8"), 8)
                .hours(SecrecyClass.NONE, 2, new BigDecimal("2.00"), new BigDecimal("2"), 2)
                .quiz("Q2026-01", "2026年度保密知识考试", 20, 17, new BigDecimal("84.50"))
                .quiz("Q2026-02", "涉密计算机操作专项测试", 5, 5, new BigDecimal("92.00"))
                .session(LocalDate.of(2026, 3, 15), "LECTURE", "新修订《保守国家秘密法》解读", new BigDecimal("2.0"), 20, 18, 2)
                .session(LocalDate.of(2026, 9, 20), "WARNING_FILM", "泄密案例警示教育片观看", new BigDecimal("1.5"), 20, 19, 1)
                .pledges(PledgeKind.ONBOARDING, 3)
                .pledges(PledgeKind.IN_POST, 17)
                .pledges(PledgeKind.EXIT, 2)
                .selfInspection(2, 36, 1, 5, 3)
                .departures(DepartureKind.LEAVE_POST, 1)
                .departures(DepartureKind.LEAVE_UNIT, 1)
                .postExitPeriods(3, 1)
                .build();
    }

    /**
     * A year in which two people left the post (one of them then left the unit too) and four the unit: five people,
     * as the outside check's demo unit (SM020: 离岗 then 离职).
     */
    static YearFigures oneLeftThePostThenTheUnit() {
        return YearFigures.builder("示范单位", 2026, GENERATED, YearFigures.Scope.wholeUnit())
                .departures(DepartureKind.LEAVE_POST, 2)
                .departures(DepartureKind.LEAVE_UNIT, 4)
                .peopleLeft(5)
                .build();
    }

    /**
     * A year in which one person left the post and two were lowered 重要 → 一般 and stayed in post (the outside check's
     * SM003 and SM030): one person left.
     */
    static YearFigures oneLeftTwoLoweredInPost() {
        return YearFigures.builder("示范单位", 2026, GENERATED, YearFigures.Scope.wholeUnit())
                .departures(DepartureKind.LEAVE_POST, 1)
                .loweredInPost(2)
                .pledges(org.shoumi.content.documents.entity.PledgeKind.EXIT, 1)
                .loweringPledges(2)
                .build();
    }

    /** A department's report with programmes but no quizzes, no sessions and nothing else. */
    static YearFigures noQuizzesNoSessions() {
        return YearFigures.builder("示范单位", 2026, GENERATED, YearFigures.Scope.department("BGS", "办公室"))
                .department("BGS", "办公室", 10, 20, 18, 1)
                .secrecyClass(SecrecyClass.GENERAL, 10, 20, 18, 1)
                .hours(SecrecyClass.GENERAL, 10, new BigDecimal("9.25"), new BigDecimal("8"), 8)
                .build();
    }

    /** Nothing at all: a new unit on its first day. */
    static YearFigures empty() {
        return YearFigures.builder("示范单位", 2026, GENERATED, YearFigures.Scope.wholeUnit()).build();
    }
}
