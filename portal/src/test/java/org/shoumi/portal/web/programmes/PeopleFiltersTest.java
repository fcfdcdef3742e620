package org.shoumi.portal.web.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.web.programmes.PeopleFilters.Problem;

/**
 * Found by an outside check: the drill-down showed dept=NOPE, year=1900 and year=2100 as all departments and years
 * with an empty table and no word, its CSV gave an empty file for them and 400 for year=all, which the page takes.
 * The page and the CSV now check the address alike.
 */
class PeopleFiltersTest {

    private static final List<String> DEPARTMENTS = List.of("OFFICE", "ARCHIVES");
    private static final List<Integer> YEARS = List.of(2026, 2025);

    private static List<Problem> problems(String campaign, String kind, String dept, String state, String year) {
        return PeopleFilters.problems(campaign, kind, dept, state, year, Set.of("P2026-1")::contains, DEPARTMENTS,
                true, YEARS);
    }

    @Test
    void whatThePageOffersIsTaken() {
        assertEquals(List.of(), problems(null, null, null, null, null));
        assertEquals(List.of(), problems("", " ", "", "", ""));
        assertEquals(List.of(), problems("P2026-1", "IN_POST", "OFFICE", "OVERDUE", "2025"));
        assertEquals(List.of(), problems(null, null, "office", "ALL", "all"), "a code in small letters, all years");
        assertEquals(Optional.of("OFFICE"), PeopleFilters.department(" office ", DEPARTMENTS));
        assertNull(PeopleFilters.year("all"));
        assertEquals(2025, PeopleFilters.year("2025"));
    }

    @Test
    void anUnknownDepartmentCampaignOrYearOutsideTheYearsIsNamed() {
        assertEquals(List.of(new Problem("people.filter.unknownDepartment", "NOPE")), problems(null, null, "NOPE", null, null));
        assertEquals(List.of(new Problem("people.filter.unknownYear", "1900")), problems(null, null, null, null, "1900"));
        assertEquals(List.of(new Problem("people.filter.unknownYear", "2100")), problems(null, null, null, null, "2100"));
        assertEquals(List.of(new Problem("people.filter.unknownYear", "abc")), problems(null, null, null, null, "abc"));
        assertEquals(List.of(new Problem("people.campaign.unknown", "NOPE")), problems("NOPE", null, null, null, null));
        assertEquals(List.of(new Problem("people.campaign.unknown", "NOPE"), new Problem("people.filter.unknownDepartment", "X"),
                        new Problem("people.filter.unknown", "BOGUS"), new Problem("people.filter.unknown", "K"),
                        new Problem("people.filter.unknownYear", "1900")),
                problems("NOPE", "K", "X", "BOGUS", "1900"), "every one, in the order of the page's fields");
        assertEquals("A".repeat(32) + "…", problems(null, null, "A".repeat(40), null, null).get(0).value());
    }

    @Test
    void aDepartmentHeadsDepartmentIsNotTheirsToChoose() {
        assertEquals(List.of(), PeopleFilters.problems(null, null, "NOPE", null, null, c -> false, DEPARTMENTS, false,
                YEARS));
    }

    @Test
    void aYearIsOneProgrammesStartedInOrAll() {
        assertTrue(PeopleFilters.knownYear("2026", YEARS));
        assertTrue(PeopleFilters.knownYear(" all ", YEARS));
        assertFalse(PeopleFilters.knownYear("2024", YEARS));
        assertFalse(PeopleFilters.knownYear("20x6", YEARS));
    }

    /** Found by an outside check (ex-s37c 3): the list's download was not noted; its filter is the note's subject. */
    @Test
    void aDownloadOfTheListIsNotedWithItsFilterAsTheAddressGivesIt() {
        assertNull(PeopleFilters.subject(new org.shoumi.portal.programmes.boundary.PeopleQuery(null, null, null,
                org.shoumi.portal.programmes.boundary.PeopleQuery.State.ALL, null)), "the whole list: no subject");
        assertEquals("campaign=P2026-1&kind=EXIT&dept=OFFICE&state=OVERDUE&year=2026",
                PeopleFilters.subject(new org.shoumi.portal.programmes.boundary.PeopleQuery("p2026-1",
                        org.shoumi.portal.programmes.entity.ProgrammeKind.EXIT, "OFFICE",
                        org.shoumi.portal.programmes.boundary.PeopleQuery.State.OVERDUE, 2026)));
        assertEquals("dept=OFFICE", PeopleFilters.subject(new org.shoumi.portal.programmes.boundary.PeopleQuery(null,
                null, "OFFICE", null, null, Set.of("SM002"))), "a year's department as the address named it");
        assertNull(PeopleFilters.subject(new org.shoumi.portal.programmes.boundary.PeopleQuery(null, null, "", null,
                null)), "a head without a department of their own: no filter named");
        String longCode = "C".repeat(40);
        String noted = org.shoumi.portal.records.entity.RecordExport.fitted(PeopleFilters.subject(
                new org.shoumi.portal.programmes.boundary.PeopleQuery(longCode, org.shoumi.portal.programmes.entity.ProgrammeKind.TRANSFER, "OFFICE",
                        org.shoumi.portal.programmes.boundary.PeopleQuery.State.COMPLETE, 2026)));
        assertEquals(org.shoumi.portal.records.entity.RecordExport.SUBJECT_LENGTH, noted.length(),
                "a filter longer than the column is cut, not refused");
        assertTrue(noted.startsWith("campaign=" + longCode + "&kind=TRANSFER") && noted.endsWith("\u2026"), noted);
    }
}
