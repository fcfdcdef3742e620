package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class PendingMessagesTest {

    private static FacesMessage message(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_INFO, text, null);
    }

    @Test
    void aPostedPageShowsItsOwnAnswerAndLeavesAnotherTabsForThatTab() {
        // two tabs of one session answered 每日一练 at once: the saved answer's tab read "系统繁忙，这一步没有保存"
        // beside "回答错误" (outside check)
        FacesMessage mine = message("回答错误，请看正确答案和解析。");
        FacesMessage theOtherTabs = message("系统繁忙，这一步没有保存，请稍后再试一次。");
        Queue<FacesMessage> pending = new ConcurrentLinkedQueue<>(List.of(mine, theOtherTabs));

        assertEquals(List.of(), PendingMessages.take(pending, List.of(mine), true));
        assertEquals(List.of(theOtherTabs), List.copyOf(pending), "kept for the page it was meant for");

        assertEquals(List.of(theOtherTabs), PendingMessages.take(pending, List.of(), false));
        assertTrue(pending.isEmpty());
    }

    @Test
    void thePageAfterARedirectShowsWhatWasKeptOnceEach() {
        FacesMessage approved = message("已批准。");
        FacesMessage again = message("已批准。");
        Queue<FacesMessage> pending = new ConcurrentLinkedQueue<>(List.of(approved, again));
        assertEquals(List.of(approved), PendingMessages.take(pending, List.of(), false));
        assertTrue(pending.isEmpty());
        Queue<FacesMessage> shownAlready = new ConcurrentLinkedQueue<>(List.of(message("已批准。")));
        assertEquals(List.of(), PendingMessages.take(shownAlready, List.of(approved), false),
                "a page's own message with the same words is not shown twice");
        assertTrue(shownAlready.isEmpty());
    }
}
