package org.shoumi.portal.campaigns.control;

import java.util.Locale;
import org.shoumi.content.text.Texts;

/**
 * A campaign's code as typed: read half-width ({@link Texts#halfWidth}: ＺＸ２０２７ is ZX2027, as a Chinese input
 * method may type it and as staff numbers are read), stripped and in capitals; valid with 1 to 40 letters, digits or
 * dashes. Plain Java.
 */
public final class CampaignCode {

    private CampaignCode() {
    }

    /** The code as stored; "" for none. */
    public static String of(String typed) {
        return typed == null ? "" : Texts.halfWidth(typed).strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A launch as stored: the title (cleaned), the quiz, the window and the audience (codes joined by
     * {@link CampaignTargets#join}).
     */
    public record Launch(String title, String quiz, java.time.LocalDate opensOn, java.time.LocalDate dueOn,
                         String departments, String posts, String classes) {
    }

    /**
     * Whether a launch reusing a code is the same form sent again (a second click on 发起): the same title, quiz,
     * window and audience. Anything else is another campaign, and the code is taken (a launch with another title,
     * quiz and dates was answered "这张表单刚刚已经提交过" and named the first campaign; outside check).
     */
    public static boolean sentAgain(Launch made, Launch now) {
        return made.equals(now);
    }

    /** Whether a code as stored ({@link #of}) has the campaign code's form. */
    public static boolean valid(String code) {
        return code.matches("[A-Z0-9-]{1,40}");
    }
}
