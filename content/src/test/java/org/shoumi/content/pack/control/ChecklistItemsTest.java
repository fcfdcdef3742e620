package org.shoumi.content.pack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;

/** The items of a stored checklist body, as a self-inspection asks them. */
class ChecklistItemsTest {

    @Test
    void itemsComeInTheirOrderWithQuestionAndRemediation() {
        String body = """
                # 自查表

                说明文字。

                - {#checklist.t.1} 是否锁好保密柜？ | 整改：立即上锁。
                - {#checklist.t.2} 是否登记了U盘？ | 整改: 补登台账。
                """;
        List<ChecklistItem> items = PackParser.checklistItems("checklist.t", body);
        assertEquals(List.of("checklist.t.1", "checklist.t.2"), items.stream().map(ChecklistItem::id).toList());
        assertEquals("是否锁好保密柜？", items.get(0).question());
        assertEquals("立即上锁。", items.get(0).remediation());
        assertEquals("补登台账。", items.get(1).remediation());
    }

    @Test
    void anEmptyBodyHasNoItems() {
        assertTrue(PackParser.checklistItems("checklist.t", "").isEmpty());
        assertTrue(PackParser.checklistItems("checklist.t", null).isEmpty());
    }

    @Test
    void theShippedChecklistsGiveTheItemsThePackDeclares() {
        ContentPack pack = ContentPack.parse(PackReader.shipped());
        for (PackDocument d : pack.documents(DocumentKind.CHECKLIST)) {
            List<ChecklistItem> items = PackParser.checklistItems(d.key(), d.body());
            assertEquals(d.items().stream().map(ChecklistItem::id).toList(),
                    items.stream().map(ChecklistItem::id).toList(), d.key());
            assertTrue(items.stream().allMatch(i -> !i.remediation().isBlank()), d.key());
        }
    }
}
