package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;

class PledgeTextTest {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("yyyy'年'M'月'd'日'");
    private static final PledgeText.Facts FACTS = new PledgeText.Facts("梁雨", "SM021", "科研部", "工作人员", "一般",
            "示范单位", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), null);

    @Test
    void fillsEveryPlaceholderAndHashesTheExactText() throws Exception {
        PledgeText.Filled f = PledgeText.fill("本人{{name}}（工号{{employeeNo}}）于{{startDate}}起在{{department}}{{post}}"
                + "岗位工作，类别{{secrecyClass}}，{{unit}}。日期：{{date}}", FACTS, DATES);
        assertEquals("本人梁雨（工号SM021）于2026年12月1日起在科研部工作人员岗位工作，类别一般，示范单位。日期：2026年11月30日",
                f.text());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(f.text().getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, f.sha256());
    }

    @Test
    void anyChangeOfFactsChangesTheHash() {
        String template = "{{name}} {{date}}";
        PledgeText.Filled a = PledgeText.fill(template, FACTS, DATES);
        PledgeText.Filled b = PledgeText.fill(template, new PledgeText.Facts("梁雨", "SM021", "科研部", "工作人员", "一般",
                "示范单位", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null), DATES);
        assertNotEquals(a.sha256(), b.sha256());
        assertEquals(a, PledgeText.fill(template, FACTS, DATES), "the same facts give the same text and hash");
    }

    @Test
    void anUnknownPlaceholderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PledgeText.fill("{{salary}}", FACTS, DATES));
    }

    @Test
    void periodsPerKind() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        LocalDate[] onboarding = PledgeText.period(PledgeKind.ONBOARDING, today, LocalDate.of(2026, 12, 15), null, 0);
        assertEquals(LocalDate.of(2026, 12, 15), onboarding[0], "a future hire date is the start");
        assertNull(onboarding[1]);
        assertEquals(today, PledgeText.period(PledgeKind.ONBOARDING, today, LocalDate.of(2020, 1, 1), null, 0)[0]);
        LocalDate[] inPost = PledgeText.period(PledgeKind.IN_POST, today, LocalDate.of(2020, 1, 1), null, 0);
        assertEquals(LocalDate.of(2026, 12, 31), inPost[1], "to the year's end, when the portal asks for the next one");
        assertEquals(PledgeValidity.validUntil(today), inPost[1], "the text and the portal say the same day");
        LocalDate[] exit = PledgeText.period(PledgeKind.EXIT, today, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 2, 29), 3);
        assertEquals(LocalDate.of(2024, 2, 29), exit[0]);
        assertEquals(LocalDate.of(2027, 2, 28), exit[1], "29 February plus years ends on 28 February");
        assertFalse(exit[1].isBefore(exit[0]));
        assertTrue(PledgeText.period(PledgeKind.EXIT, today, today, null, 1)[0].equals(today));
    }

    @Test
    void anExitPledgeBeforeApprovalStatesTheLengthAndNoDate() {
        PledgeText.Filled f = PledgeText.fill("脱密期为{{periodYears}}年，自{{startDate}}起，至{{endDate}}止。", FACTS, DATES,
                new PledgeText.ExitTerms(3, "本单位批准之日", "批准之日起满3年之日"));
        assertEquals("脱密期为3年，自本单位批准之日起，至批准之日起满3年之日止。", f.text());
    }

    /**
     * Found by an outside check: a 非涉密 leaver was asked to sign that they were a 涉密人员 leaving a 涉密岗位 with a
     * "脱密期为0年", during which they would not travel abroad unapproved. The shipped pack has two exit pledges: the one
     * stating the period, and one for a leaver who owes none, which names no 脱密期 and no 涉密人员 or 涉密岗位.
     */
    @Test
    void aLeaverWithoutAPeriodHasAnExitPledgeThatStatesNone() {
        java.util.List<org.shoumi.content.pack.control.PackDocument> exits = org.shoumi.content.pack.control.ContentPack
                .parse(org.shoumi.content.pack.control.PackReader.shipped())
                .documents(org.shoumi.content.documents.entity.DocumentKind.PLEDGE).stream()
                .filter(d -> d.pledgeKind() == PledgeKind.EXIT).toList();
        assertEquals(3, exits.size(), "one stating the period, one stating none, one of a lowered class");
        String none = exits.stream().filter(d -> d.key().equals(PledgeText.exitTemplateKey(0))).findFirst()
                .orElseThrow().body();
        PledgeText.Facts leaver = new PledgeText.Facts("赵强", "SM109", "办公室", "司机", "非涉密", "示范单位",
                LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6), null);
        String text = PledgeText.fill(none, leaver, DATES, new PledgeText.ExitTerms(0, "本单位批准之日", "批准之日起满0年之日"))
                .text();
        assertTrue(text.contains("本人赵强（工号SM109），原在示范单位办公室司机岗位工作"), text);
        for (String word : java.util.List.of("脱密期", "涉密人员", "涉密岗位", "0年", "出境")) {
            assertFalse(text.contains(word), word + ": " + text);
        }
        assertTrue(text.contains("继续承担保密义务"), "the duty goes on: " + text);
    }

    /**
     * Found by an outside check: the exit template was chosen by whether its text held {{periodYears}}, so a wording
     * fix of the exit pledge ("本人的脱密期自{{startDate}}起至{{endDate}}止") gave a 非涉密 leaver the secret-related exit
     * pledge with "满0年". The template goes by the departure's period; a version that drops the placeholder the
     * template needs, or adds a period to the one stating none, is refused.
     */
    @Test
    void theExitTemplateGoesByTheDeparturesPeriodAndAnEditCannotDropItsPlaceholders() {
        assertEquals("pledge.exit", PledgeText.exitTemplateKey(2));
        assertEquals("pledge.exit", PledgeText.exitTemplateKey(1));
        assertEquals("pledge.exit-no-period", PledgeText.exitTemplateKey(0));
        // a lowering that keeps the person in a secret-related post has a pledge of its own (outside check: the exit
        // pledge said they left the post and returned every carrier, while their record said they stayed)
        assertEquals("pledge.exit-lowered", PledgeText.exitTemplateKey(2, true));
        assertEquals("pledge.exit-no-period", PledgeText.exitTemplateKey(0, true));
        assertEquals("pledge.exit", PledgeText.exitTemplateKey(3, false));

        java.util.Map<String, String> shipped = org.shoumi.content.pack.control.ContentPack
                .parse(org.shoumi.content.pack.control.PackReader.shipped())
                .documents(org.shoumi.content.documents.entity.DocumentKind.PLEDGE).stream()
                .collect(java.util.stream.Collectors.toMap(org.shoumi.content.pack.control.PackDocument::key,
                        org.shoumi.content.pack.control.PackDocument::body));
        String exit = shipped.get("pledge.exit");
        assertEquals(java.util.List.of(), problems("pledge.exit", exit), "the shipped text is fine");
        String reworded = exit.replace("本人的脱密期为{{periodYears}}年，自本单位批准本人离岗离职之日起计算",
                "本人的脱密期自{{startDate}}起至{{endDate}}止");
        assertNotEquals(exit, reworded);
        assertEquals(java.util.List.of("placeholderNeeded periodYears"), problems("pledge.exit", reworded));

        String lowered = shipped.get("pledge.exit-lowered");
        assertEquals(java.util.List.of(), problems("pledge.exit-lowered", lowered));
        assertEquals(java.util.List.of("placeholderNeeded newClass"),
                problems("pledge.exit-lowered", lowered.replace("{{newClass}}", "一般")));
        String filled = PledgeText.fill(lowered, new PledgeText.Facts("张丽华", "SM003", "办公室", "秘书", "重要", "星河研究院",
                java.time.LocalDate.of(2026, 12, 7), java.time.LocalDate.of(2026, 12, 7), null), DATES,
                new PledgeText.ExitTerms(2, "本单位批准之日", "批准之日起满2年之日", "一般")).text();
        assertTrue(filled.contains("涉密人员类别由重要调整为一般") && filled.contains("实行2年的脱密期管理")
                && !filled.contains("离开涉密岗位"), filled);

        String none = shipped.get("pledge.exit-no-period");
        assertEquals(java.util.List.of(), problems("pledge.exit-no-period", none));
        assertEquals(java.util.List.of("placeholderNotHere periodYears", "placeholderNotHere endDate"),
                problems("pledge.exit-no-period", none + "\n本人的脱密期为{{ periodYears }}年，至{{endDate}}止。\n"));

        String topic = shipped.get("pledge.topic");
        assertEquals(java.util.List.of(), problems("pledge.topic", topic));
        assertEquals(java.util.List.of("placeholderNeeded occasion"),
                problems("pledge.topic", topic.replace("{{occasion}}", "")));
        // any other template keeps its freedom of wording
        String inPost = shipped.get("pledge.in-post");
        assertEquals(java.util.List.of(), problems("pledge.in-post", inPost.replace("{{post}}", "")));
    }

    private static java.util.List<String> problems(String key, String body) {
        return org.shoumi.content.pack.control.PackParser.parseBody(key, key,
                org.shoumi.content.documents.entity.DocumentKind.PLEDGE, body, 1).problems().stream()
                .map(p -> p.code() + " " + p.detail()).toList();
    }

    @Test
    void aFactCannotAddALinkAHeadingOrHtmlToTheSignedText() {
        PledgeText.Facts hostile = new PledgeText.Facts("张三](http://evil.example)\n# 免责声明 <b>x</b>", "SM-1", "科研部",
                "工作人员", "一般", "示范单位", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), null);
        PledgeText.Filled f = PledgeText.fill("本人[{{name}}]，工号{{employeeNo}}。", hostile, DATES);
        String html = org.shoumi.content.documents.control.MarkdownRenderer.toHtml(f.text());
        assertTrue(!html.contains("<a") && !html.contains("<h1") && !html.contains("<b>"), html);
        assertTrue(html.contains("张三](http://evil.example) # 免责声明 &lt;b&gt;x&lt;/b&gt;"), html);
        assertEquals("本人[张三](http://evil.example) # 免责声明 <b>x</b>]，工号SM-1。", PledgeText.unescape(f.text()));
    }
}
