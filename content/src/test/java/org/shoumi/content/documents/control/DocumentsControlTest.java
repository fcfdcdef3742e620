package org.shoumi.content.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

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

    /**
     * Found by an outside check: version 2, a material change from day D, then version 3, a wording fix also from
     * D. The history called version 3 "文字性更正（无须重新阅读）" while {@link DocumentTimeline#requiredVersion} counts
     * version 2's flag from D, so everyone is asked to read again on D: version 3 carries version 2's change.
     */
    @Test
    void aWordingFixThatReplacesAMaterialVersionBeforeItsDayCarriesItsChange() {
        DocumentVersion v1 = v(1, "2026-01-01", true);
        DocumentVersion v2 = v(2, "2026-12-20", true);
        DocumentVersion v3 = v(3, "2026-12-20", false);
        List<DocumentVersion> versions = List.of(v1, v2, v3);
        LocalDate d = LocalDate.parse("2026-12-20");
        assertEquals(2, DocumentTimeline.requiredVersion(versions, d), "from D version 1 no longer counts");
        assertEquals(3, DocumentTimeline.current(versions, d).orElseThrow().getVersion(), "version 3 is read then");
        assertEquals(java.util.Optional.of(v3), DocumentTimeline.carrier(versions, v2));
        assertEquals(List.of(v2), DocumentTimeline.carried(versions, v3));
        assertTrue(DocumentTimeline.asksToReadAgain(versions, v3), "as requiredVersion asks on D");
        assertEquals(1, DocumentTimeline.requiredVersion(versions, d.minusDays(1)), "not before D");

        // the label and the reading agree for every version, on every day around D
        for (LocalDate day = d.minusDays(2); !day.isAfter(d.plusDays(2)); day = day.plusDays(1)) {
            DocumentVersion current = DocumentTimeline.current(versions, day).orElseThrow();
            int required = DocumentTimeline.requiredVersion(versions, day);
            boolean readAgain = required > 1;
            assertEquals(readAgain, current.getVersion() == 3 && DocumentTimeline.asksToReadAgain(versions, current),
                    day.toString());
        }

        // a material version in force on its day carries nothing to a later wording fix
        DocumentVersion w2 = v(2, "2026-03-01", true);
        DocumentVersion w3 = v(3, "2026-04-01", false);
        List<DocumentVersion> applied = List.of(v1, w2, w3);
        assertEquals(java.util.Optional.of(w2), DocumentTimeline.carrier(applied, w2));
        assertEquals(List.of(), DocumentTimeline.carried(applied, w3));
        assertFalse(DocumentTimeline.asksToReadAgain(applied, w3));
        assertEquals(java.util.Optional.empty(), DocumentTimeline.carrier(applied, w3), "no material change");

        // two wording fixes on D: the one in force on D carries it, the one replaced before it nothing
        DocumentVersion x4 = v(4, "2026-12-20", false);
        List<DocumentVersion> twice = List.of(v1, v2, v3, x4);
        assertEquals(List.of(), DocumentTimeline.carried(twice, v3));
        assertEquals(List.of(v2), DocumentTimeline.carried(twice, x4));
    }

    /** The auditor's question: which version was in force on a day, and until when. */
    @Test
    void aVersionIsInForceUntilTheEarliestLaterVersionTakesEffect() {
        DocumentVersion v1 = v(1, "2026-01-01", true);
        DocumentVersion v2 = v(2, "2026-05-01", true);
        DocumentVersion v3 = v(3, "2026-03-01", false);
        DocumentVersion v4 = v(4, "2026-03-01", true);
        List<DocumentVersion> versions = List.of(v1, v2, v3, v4);
        DocumentTimeline.Period first = DocumentTimeline.period(versions, v1, ZONE, v -> false);
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), first.from());
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), first.until(), "until 2026-03-01 began in the unit");
        assertTrue(DocumentTimeline.period(versions, v2, ZONE, v -> false).neverInForce(),
                "a version replaced before its day never applied");
        assertTrue(DocumentTimeline.period(versions, v3, ZONE, v -> false).neverInForce(),
                "replaced on its own first day");
        assertFalse(first.neverInForce());
        assertNull(DocumentTimeline.period(versions, v4, ZONE, v -> false).until(), "the newest has no end");
        assertEquals(4, DocumentTimeline.current(versions, LocalDate.parse("2026-06-01")).orElseThrow().getVersion());
    }

    /**
     * Found by an outside check: three versions published one morning, all effective that day, read "未曾施行" for
     * the first two (one of them acknowledged meanwhile) and the shipped version as in force until the day before.
     * Each was in force from its publication until the next one's; the shipped one from its day.
     */
    @Test
    void versionsPublishedTheSameDayEachHeldUntilTheNext() {
        Instant installed = Instant.parse("2026-12-05T23:40:00Z");
        DocumentVersion v1 = new DocumentVersion("rules.code", 1, DocumentKind.RULE, "保密守则", null, null,
                LocalDate.parse("2026-01-01"), true, "text 1", null, installed, "pack");
        DocumentVersion v2 = published(2, "2026-12-05T23:44:00Z", true);
        DocumentVersion v3 = published(3, "2026-12-05T23:45:00Z", false);
        DocumentVersion v4 = published(4, "2026-12-05T23:46:00Z", true);
        List<DocumentVersion> versions = List.of(v1, v2, v3, v4);
        java.util.function.Predicate<DocumentVersion> shipped = v -> "pack".equals(v.getPublishedBy());
        DocumentTimeline.Period first = DocumentTimeline.period(versions, v1, ZONE, shipped);
        assertEquals(LocalDate.parse("2026-01-01").atStartOfDay(ZONE).toInstant(), first.from(),
                "the shipped version counts from its day, not from the installation");
        assertEquals(v2.getPublishedAt(), first.until());
        DocumentTimeline.Period second = DocumentTimeline.period(versions, v2, ZONE, shipped);
        assertFalse(second.neverInForce(), "in force for a minute");
        assertEquals(v2.getPublishedAt(), second.from());
        assertEquals(v3.getPublishedAt(), second.until());
        assertFalse(DocumentTimeline.period(versions, v3, ZONE, shipped).neverInForce());
        assertNull(DocumentTimeline.period(versions, v4, ZONE, shipped).until());
    }

    /**
     * Found by an outside check: an old attempt's result cited a clause under the heading a wording fix published
     * after the attempt gave it. The version in force at a moment is the one whose time had come: a version published
     * later the same day is not in force at an earlier moment of it.
     */
    @Test
    void theVersionInForceAtAMomentIsTheNewestWhoseTimeHadCome() {
        DocumentVersion v1 = new DocumentVersion("rules.code", 1, DocumentKind.RULE, "保密守则", null, null,
                LocalDate.parse("2026-01-01"), true, "text 1", null, Instant.parse("2026-12-05T23:40:00Z"), "pack");
        DocumentVersion v2 = published(2, "2026-12-05T23:44:00Z", true);
        DocumentVersion v3 = published(3, "2026-12-05T23:45:00Z", false);
        List<DocumentVersion> versions = List.of(v1, v2, v3);
        java.util.function.Predicate<DocumentVersion> shipped = v -> "pack".equals(v.getPublishedBy());
        assertEquals(1, DocumentTimeline.at(versions, Instant.parse("2026-12-05T23:43:59Z"), ZONE, shipped)
                .orElseThrow().getVersion(), "the same morning, before the new version was published");
        assertEquals(1, DocumentTimeline.at(versions, Instant.parse("2026-06-01T00:00:00Z"), ZONE, shipped)
                .orElseThrow().getVersion(), "the shipped version from its day, before it was installed");
        assertEquals(2, DocumentTimeline.at(versions, v2.getPublishedAt(), ZONE, shipped).orElseThrow().getVersion());
        assertEquals(3, DocumentTimeline.at(versions, Instant.parse("2026-12-05T23:45:30Z"), ZONE, shipped)
                .orElseThrow().getVersion());
        assertTrue(DocumentTimeline.at(versions, Instant.parse("2025-12-31T15:59:59Z"), ZONE, shipped).isEmpty(),
                "nothing in force before the first version's day");
        assertEquals(3, DocumentTimeline.at(List.of(v1, v2, v3, new DocumentVersion("rules.code", 4, DocumentKind.RULE,
                "保密守则", null, null, LocalDate.parse("2027-01-01"), true, "text 4", "修改4",
                Instant.parse("2026-12-05T23:50:00Z"), "officer")), Instant.parse("2026-12-06T00:00:00Z"), ZONE,
                shipped).orElseThrow().getVersion(), "a version published for a later day is not in force yet");
    }

    private static DocumentVersion published(int version, String at, boolean material) {
        return new DocumentVersion("rules.code", version, DocumentKind.RULE, "保密守则", null, null,
                LocalDate.parse("2026-12-06"), material, "text " + version, "修改" + version, Instant.parse(at),
                "officer");
    }

    /**
     * Found by an outside check: a document's "# 保密守则" was a second h1 below the page's own, with the same words.
     * The document's headings sit one level below the page's heading; h6 stays h6.
     */
    @Test
    void theDocumentsHeadingsSitBelowThePagesOwnHeading() {
        String html = MarkdownRenderer.toHtml("# 保密守则\n\n## 第一章\n\n###### 细目");
        assertTrue(html.contains("<h2>保密守则</h2>") && html.contains("<h3>第一章</h3>") && html.contains("<h6>细目</h6>"),
                html);
        assertFalse(html.contains("<h1"), html);
    }

    @Test
    void markdownIsRenderedWithoutRawHtmlOrClauseMarkers() {
        String html = MarkdownRenderer.toHtml("### 第一条 登记 {#rules.code.1}\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))");
        assertTrue(html.contains("<h4>第一条 登记</h4>"), "one level below the page's h1: " + html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    /**
     * The outside probe: [d](data:text/html,&lt;script&gt;…) in a published rule became a working link to a data: URL.
     * Only http, https, mailto and relative targets stay, however the scheme is written.
     */
    @Test
    void linksGoOnlyToHttpHttpsMailtoOrThisPortal() {
        for (String target : new String[] {"data:text/html,<script>alert(4)</script>", "DATA:text/html,x",
                "vbscript:msgbox(1)", "file:///etc/passwd", "JaVaScRiPt:alert(1)", " data:text/html,x",
                "&#100;ata:text/html,x", "&#x64;&#x61;&#x74;&#x61;&#x3A;text/html,x", "data&colon;text/html,x",
                "da%09ta:x", "<data:text/html,x>",
                "\u200Bdata:text/html,x", "ftp://example.org/x"}) {
            String html = MarkdownRenderer.toHtml("[d](" + target + ")");
            assertTrue(html.contains("href=\"\""), target + " → " + html);
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).matches("(?s).*href=\"[^\"]+\".*"), target + " → " + html);
        }
        for (String kept : new String[] {"https://www.gjbmj.gov.cn/", "http://example.org/a?b=c", "mailto:bmb@unit.cn",
                "rules.xhtml?key=rules.code", "/portal/content/read.xhtml", "#clause-3", "a/b:c"}) {
            String html = MarkdownRenderer.toHtml("[d](" + kept + ")");
            assertTrue(html.contains("href=\"" + kept.replace("&", "&amp;") + "\""), kept + " → " + html);
        }
        assertTrue(MarkdownRenderer.LinkSchemes.allowed("HTTPS://example.org"));
        assertFalse(MarkdownRenderer.LinkSchemes.allowed("java\nscript:alert(1)"));
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
