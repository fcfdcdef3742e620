package org.shoumi.quizzes.bank.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.control.PackRelease.Step;
import org.shoumi.quizzes.bank.control.PackRelease.Version;

/** What a start-up's content pack does to a question of the bank, by who wrote its versions. */
class PackReleaseTest {

    private static Version pack(int number, boolean active, boolean readsAsPack) {
        return new Version(PackRelease.PACK, number, active, readsAsPack);
    }

    private static Version officer(int number, boolean active, boolean readsAsPack) {
        return new Version("officer", number, active, readsAsPack);
    }

    @Test
    void aQuestionTheBankLacksIsAdded() {
        assertEquals(Step.ADD, PackRelease.step(List.of()));
    }

    @Test
    void thePacksOwnVersionFollowsTheRelease() {
        assertEquals(Step.UNCHANGED, PackRelease.step(List.of(pack(1, true, true))));
        assertEquals(Step.REVISE, PackRelease.step(List.of(pack(1, true, false))));
        assertEquals(Step.REVISE, PackRelease.step(List.of(pack(1, false, false), pack(2, true, false))));
    }

    /**
     * Found by an outside check: a restart with the same pack re-imported the pack's wording over the officer's
     * correction (a version 3 attributed to the pack, the officer's version 2 retired). The officer's stands.
     */
    @Test
    void anOfficersRevisionStandsWhenThePackDidNotChange() {
        assertEquals(Step.UNCHANGED, PackRelease.step(List.of(pack(1, false, true), officer(2, true, false))));
        // after a release revised it first, the pack's last version is what it is compared with
        assertEquals(Step.UNCHANGED, PackRelease.step(List.of(pack(1, false, false), pack(2, false, true),
                officer(3, true, false))));
    }

    @Test
    void aReleaseThatRewritesAnOfficersQuestionKeepsTheOfficersAndSaysSo() {
        assertEquals(Step.OFFICERS_KEPT, PackRelease.step(List.of(pack(1, false, false), officer(2, true, false))));
        // the release brings the officer's very text: nothing to say
        assertEquals(Step.UNCHANGED, PackRelease.step(List.of(pack(1, false, false), officer(2, true, true))));
    }

    @Test
    void aRetiredQuestionStaysRetired() {
        assertEquals(Step.RETIRED, PackRelease.step(List.of(pack(1, false, false))));
        assertEquals(Step.RETIRED, PackRelease.step(List.of(pack(1, false, true), officer(2, false, false))));
    }

    @Test
    void aFirstVersionWithoutAnAuthorIsThePacks() {
        assertEquals(Step.REVISE, PackRelease.step(List.of(new Version(null, 1, true, false))));
        assertEquals(Step.UNCHANGED, PackRelease.step(List.of(new Version(null, 1, false, true),
                officer(2, true, false))));
    }
}
