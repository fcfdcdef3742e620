package org.shoumi.quizzes.certificates.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a certificate of a passed exam states. {@code verificationCode} (stored form) and {@code verifyUrl} (the
 * public page, where the QR code points) let a paper copy be checked; a null URL prints the code alone.
 */
public record Certificate(String unit, String personName, String employeeNo, String quizTitle, BigDecimal percent,
                          LocalDate passedOn, long attemptId, String verificationCode, String verifyUrl) {

    /** The same certificate with the public page's address for its QR code. */
    public Certificate withVerifyUrl(String url) {
        return new Certificate(unit, personName, employeeNo, quizTitle, percent, passedOn, attemptId,
                verificationCode, url);
    }
}
