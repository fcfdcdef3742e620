package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertificateFileNameTest {

    @Test
    void aCertificateIsNamedWithPersonQuizAndDate() {
        assertEquals("合格证书-李明-2026年度保密知识考试-2026-11-23.pdf",
                QuizResultView.fileName("合格证书-李明-2026年度保密知识考试-2026-11-23"));
    }

    @Test
    void charactersFileSystemsRefuseAreLeftOut() {
        assertEquals("合格证书-王五-保密考试AB-2026-11-23.pdf",
                QuizResultView.fileName("合格证书-王五-保密/考试<A>|B\u0007?-2026-11-23"));
        assertEquals("certificate.pdf", QuizResultView.fileName("/:*?"));
    }
}
