package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.shared.WorkingLanguage;

/**
 * Found by an outside check: "“秘书岗位专项测试”已布置（1 人），请有关人员于2026-12-15前…" in the unit's group pointed at one
 * person, named nobody concerned and not the window's opening day (ZX2026-SEC opened on 12-09).
 */
class CampaignAnnouncementTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 12, 9);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static String said(List<String> departments, List<String> posts, List<String> classes, int people) {
        CampaignAnnouncement.Message m = CampaignAnnouncement.of("秘书岗位专项测试", departments, posts, classes, OPENS,
                DUE, people, 5, WorkingLanguage::format);
        return WorkingLanguage.format(m.key(), m.arguments());
    }

    @Test
    void aSmallAudienceIsNamedByItsDepartmentPostAndClassWithoutAHeadCount() {
        assertEquals("【保密培训】“秘书岗位专项测试”已布置，对象：部门：办公室，岗位：秘书，涉密类别：重要；2026-12-09起开放，"
                + "请有关人员于2026-12-15前登录保密工作门户完成。", said(List.of("办公室"), List.of("秘书"), List.of("重要"), 1));
        assertFalse(said(List.of("办公室"), List.of(), List.of(), 4).contains("人）"), "four: no count");
    }

    @Test
    void fromFivePeopleTheHeadCountIsSaid() {
        assertTrue(CampaignAnnouncement.saysHeadCount(5, 5));
        assertFalse(CampaignAnnouncement.saysHeadCount(4, 5));
        assertEquals("【保密培训】“秘书岗位专项测试”已布置（12 人），对象：部门：办公室、财务处；2026-12-09起开放，"
                + "请有关人员于2026-12-15前登录保密工作门户完成。", said(List.of("办公室", "财务处"), List.of(), List.of(), 12));
    }

    @Test
    void aCampaignForEveryoneSaysSo() {
        assertTrue(said(List.of(), List.of(), List.of(), 30).contains("（30 人），对象：全单位在岗涉密人员；"),
                said(List.of(), List.of(), List.of(), 30));
    }
}
