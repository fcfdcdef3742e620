package org.shoumi.content.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;

class DocumentsControlTest {

    private static DocumentVersion v(int version, String effective, boolean material) {
        return new DocumentVersion("rules.code", version, DocumentKind.RULE, "保密守则", null, null,
                LocalDate.parse(effective), material, "text " + version, null, Instant.EPOCH, "test");
    }

    @Test
    void theHashIsTheSha256OfTheExactText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TextHash.sha256(""));
        assertEquals(TextHash.sha256("text 1"), v(1, "2026-01-01", false).getSha256());
        assertFalse(TextHash.sha256("保密").equals(TextHash.sha256("保密 ")));
    }

    @Test
    void theFirstVersionAlwaysCountsAsMaterial() {
        assertTrue(v(1, "2026-01-01", false).isMaterialChange());
    }

    @Test
    void requiredVersionIsTheNewestMaterialVersionInForce() {
        List<DocumentVersion> versions = List.of(v(1, "2026-01-01", true), v(2, "2026-02-01", false),
                v(3, "2026-03-01", true), v(4, "2026-12-01", true));
        LocalDate today = LocalDate.parse("2026-06-01");
        assertEquals(3, DocumentTimeline.current(versions, today).orElseThrow().getVersion());
        assertEquals(3, DocumentTimeline.requiredVersion(versions, today));
        assertEquals(List.of(4), DocumentTimeline.upcoming(versions, today).stream().map(DocumentVersion::getVersion).toList());
        assertEquals(1, DocumentTimeline.requiredVersion(versions, LocalDate.parse("2026-02-15")),
                "a typo fix does not ask for a new acknowledgement");
        assertEquals(2, DocumentTimeline.current(versions, LocalDate.parse("2026-02-15")).orElseThrow().getVersion());
        assertEquals(0, DocumentTimeline.requiredVersion(versions, LocalDate.parse("2025-12-31")));
    }

    /** The auditor's question: which version was in force on a day, and until when. */
    @Test
    void aVersionIsInForceUntilTheEarliestLaterVersionTakesEffect() {
        DocumentVersion v1 = v(1, "2026-01-01", true);
        DocumentVersion v2 = v(2, "2026-05-01", true);
        DocumentVersion v3 = v(3, "2026-03-01", false);
        DocumentVersion v4 = v(4, "2026-03-01", true);
        List<DocumentVersion> versions = List.of(v1, v2, v3, v4);
        assertEquals(LocalDate.parse("2026-03-01"), DocumentTimeline.replacedOn(versions, v1).orElseThrow());
        assertTrue(DocumentTimeline.neverInForce(versions, v2), "a version replaced before its day never applied");
        assertTrue(DocumentTimeline.neverInForce(versions, v3), "replaced on its own first day");
        assertFalse(DocumentTimeline.neverInForce(versions, v1));
        assertTrue(DocumentTimeline.replacedOn(versions, v4).isEmpty(), "the newest is in force with no end");
        assertFalse(DocumentTimeline.neverInForce(versions, v4));
        assertEquals(4, DocumentTimeline.current(versions, LocalDate.parse("2026-06-01")).orElseThrow().getVersion());
    }

    @Test
    void markdownIsRenderedWithoutRawHtmlOrClauseMarkers() {
        String html = MarkdownRenderer.toHtml("### 第一条 登记 {#rules.code.1}\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
        assertTrue(html.contains("<h3>第一条 登记</h3>"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    /** The outside probe: an image in a published document was fetched from another server by every reader. */
    @Test
    void imagesFromOtherServersAreShownAsTheirDescriptionOnly() {
        String html = MarkdownRenderer.toHtml("见下图：![保密标志](https://tracker.example/p.png?doc=1) 与 "
                + "![本地](images/logo.png) 及 ![](//cdn.example/x.png)");
        assertFalse(html.contains("tracker.example"), html);
        assertFalse(html.contains("cdn.example"), html);
        assertTrue(html.contains("见下图：保密标志 与"), html);
        assertTrue(html.contains("<img src=\"images/logo.png\" alt=\"本地\" />"), html);
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesNamed() {
        assertEquals(Map.of("signDate", 2), Placeholders.unknown("本人{{name}}\n日期{{signDate}}"));
        assertEquals("本人李明，工号SM002", Placeholders.fill("本人{{name}}，工号{{ employeeNo }}",
                Map.of("name", "李明", "employeeNo", "SM002")));
        assertThrows(IllegalArgumentException.class, () -> Placeholders.fill("{{name}}{{post}}", Map.of("name", "x")));
    }
}
