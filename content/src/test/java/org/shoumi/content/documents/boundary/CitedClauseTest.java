package org.shoumi.content.documents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;

class CitedClauseTest {

    private static final String BODY = """
            # 档案保密管理规定

            本规定适用于档案。

            ### 第一条 集中统一保管 {#rules.archives.1}

            档案由档案部门集中统一保管。

            ### 第八条 阅览要求 {#rules.archives.8}

            阅览涉密档案须在阅览室进行。
            """;

    @Test
    void aClauseIsCitedByItsDocumentsTitleAndItsHeading() {
        CitedClause c = CitedClause.in("rules.archives.8", "rules.archives", DocumentKind.RULE, "档案保密管理规定", BODY)
                .orElseThrow();
        assertEquals("档案保密管理规定", c.documentTitle());
        assertEquals("第八条 阅览要求", c.heading());
        assertEquals("rules.archives", c.documentKey());
    }

    @Test
    void aClauseTheVersionNoLongerHasIsNotFound() {
        assertTrue(CitedClause.in("rules.archives.9", "rules.archives", DocumentKind.RULE, "档案保密管理规定", BODY)
                .isEmpty());
    }

    @Test
    void theDocumentKeyIsTheIdWithoutItsLastPart() {
        assertEquals("duties.it_admin", CitedClause.documentKeyOf("duties.it_admin.5"));
        assertEquals("rules", CitedClause.documentKeyOf("rules"));
    }
}
