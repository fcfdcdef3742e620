package org.shoumi.quizzes.certificates.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a certificate of a passed exam states. */
public record Certificate(String unit, String personName, String employeeNo, String quizTitle, BigDecimal percent,
                          LocalDate passedOn, long attemptId) {
}
