package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailTest {

    @Test
    void aMailInChineseTakesItsTextFromTheBundleWhateverTheServersLanguage() {
        Mail mail = Mail.inChinese(List.of("sm002@example.org"), List.of("sm001@example.org"),
                "inspections.mail.subject.overdue", List.of("2026年第四季度个人自查", "2026-12-04"),
                "inspections.mail.body.overdue", List.of("李明", "2026年第四季度个人自查", "2026-12-04",
                        "https://portal.example.cn/portal/inspections/fill.xhtml?id=7"));
        assertEquals("【保密自查逾期】2026年第四季度个人自查已于2026-12-04截止", mail.subject());
        assertEquals("李明同志：\n\n保密自查“2026年第四季度个人自查”已于2026-12-04截止，您尚未提交，请尽快填写。\n\n"
                + "自查表：https://portal.example.cn/portal/inspections/fill.xhtml?id=7\n", mail.body());
        assertEquals(List.of("sm001@example.org"), mail.cc());
    }

    @Test
    void aMailGoesToSomeoneAndKeepsItsRecipientsAsGiven() {
        assertThrows(IllegalArgumentException.class, () -> new Mail(List.of(), List.of("a@example.org"), "s", "b"));
        List<String> to = new ArrayList<>(List.of("a@example.org"));
        Mail mail = new Mail(to, List.of(), "s", "b");
        to.add("b@example.org");
        assertEquals(List.of("a@example.org"), mail.to(), "a copy of the list it was given");
    }
}
