package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.boundary.CampaignRefusedException;
import org.shoumi.portal.campaigns.control.CampaignDates.Problem;

/**
 * Found by an outside check: reversed, past or too distant dates of a campaign all gave one sentence of three rules.
 * Each window now breaks one named rule, and its message names the dates.
 */
class CampaignDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Optional<Problem> of(String opens, String due) {
        return CampaignDates.problem(opens == null ? null : LocalDate.parse(opens),
                due == null ? null : LocalDate.parse(due), TODAY);
    }

    @Test
    void eachWindowBreaksTheRuleItBreaks() {
        assertEquals(Optional.empty(), of("2026-12-06", "2026-12-06"), "today to today");
        assertEquals(Optional.empty(), of("2025-12-06", "2026-12-06"), "a year back, due today");
        assertEquals(Optional.empty(), of("2027-12-06", "2027-12-06"), "a year ahead");
        assertEquals(Optional.of(Problem.DATES_MISSING), of(null, "2026-12-20"));
        assertEquals(Optional.of(Problem.DATES_MISSING), of("2026-12-20", null));
        assertEquals(Optional.of(Problem.DUE_BEFORE_OPENING), of("2026-12-20", "2026-12-10"), "reversed");
        assertEquals(Optional.of(Problem.DUE_IN_PAST), of("2026-11-01", "2026-12-05"));
        assertEquals(Optional.of(Problem.DUE_TOO_FAR), of("2026-12-06", "9999-12-31"));
        assertEquals(Optional.of(Problem.OPENS_TOO_EARLY), of("1900-01-01", "2026-12-16"));
        assertEquals(Optional.of(Problem.OPENS_TOO_EARLY), of("2025-12-05", "2026-12-06"));
        assertEquals(Optional.of(Problem.WINDOW_TOO_LONG), of("2026-01-01", "2027-06-01"));
    }

    @Test
    void everyProblemIsARefusalWhoseMessageNamesTheDatesInBothLanguages() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties bundle = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/org/shoumi/portal/i18n", file),
                    StandardCharsets.UTF_8)) {
                bundle.load(r);
            }
            for (Problem p : Problem.values()) {
                CampaignRefusedException.Reason.valueOf(p.name());
                String pattern = bundle.getProperty("campaign.refused." + p.name());
                assertTrue(pattern != null, file + " " + p);
            }
            LocalDate opens = LocalDate.parse("2026-12-20");
            LocalDate due = LocalDate.parse("2026-12-10");
            String reversed = MessageFormat.format(bundle.getProperty("campaign.refused.DUE_BEFORE_OPENING"),
                    CampaignDates.args(opens, due, TODAY).toArray());
            assertTrue(reversed.contains("2026-12-20") && reversed.contains("2026-12-10"), reversed);
            String far = MessageFormat.format(bundle.getProperty("campaign.refused.DUE_TOO_FAR"),
                    CampaignDates.args(TODAY, LocalDate.parse("2028-01-01"), TODAY).toArray());
            assertTrue(far.contains("2028-01-01") && far.contains("2027-12-06"), far);
            String past = MessageFormat.format(bundle.getProperty("campaign.refused.DUE_IN_PAST"),
                    CampaignDates.args(TODAY.minusDays(9), TODAY.minusDays(1), TODAY).toArray());
            assertTrue(past.contains("2026-12-05") && past.contains("2026-12-06"), past);
            String early = MessageFormat.format(bundle.getProperty("campaign.refused.OPENS_TOO_EARLY"),
                    CampaignDates.args(LocalDate.parse("1900-01-01"), TODAY, TODAY).toArray());
            assertTrue(early.contains("1900-01-01") && early.contains("2025-12-06"), early);
        }
    }
}
