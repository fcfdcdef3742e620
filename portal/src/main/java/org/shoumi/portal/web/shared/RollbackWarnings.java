package org.shoumi.portal.web.shared;

import org.shoumi.portal.evidence.boundary.ChainWatch;

/**
 * The line a page shows for one rollback the chain watch found (a restore of an earlier copy): when it was found, the
 * chain's length known and found, and, when the chain still holds it, the time of the newest entry of the copy put
 * back, to the second (a grant kept and a withdrawal lost were both "17:35"; outside check). Each page names what it
 * may have lost in its own key ({@code key} and {@code key + ".noCopyTime"}).
 */
public final class RollbackWarnings {

    private RollbackWarnings() {
    }

    public static String text(ChainWatch.Loss loss, String key, Messages messages, Times times) {
        return loss.copyUpTo() == null
                ? messages.text(key + ".noCopyTime", times.formatSeconds(loss.detectedAt()), loss.knownLength(),
                        loss.foundLength())
                : messages.text(key, times.formatSeconds(loss.detectedAt()), loss.knownLength(), loss.foundLength(),
                        times.formatSeconds(loss.copyUpTo()));
    }
}
