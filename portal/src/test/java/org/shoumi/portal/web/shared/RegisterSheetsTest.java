package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.disclosures.boundary.DisclosureRecordSection;
import org.shoumi.portal.incidents.boundary.ConductRecordSection;
import org.shoumi.portal.incidents.boundary.IncidentRecordSection;
import org.shoumi.portal.inspections.boundary.InspectionRecordSection;
import org.shoumi.portal.liaisons.boundary.LiaisonRecordSection;
import org.shoumi.portal.matters.boundary.MatterRecordSection;
import org.shoumi.portal.pledges.boundary.TopicPledgeRecords;
import org.shoumi.portal.shared.RecordSection;
import org.shoumi.portal.travel.boundary.TravelRecords;
import org.shoumi.portal.vetting.boundary.VettingRecordSection;

/**
 * Outside check: HR's records workbook held the sheets of registers whose pages answer HR 403 (重大事项报告, 因私出境,
 * 保密审查登记, 保密自查, 专项保密承诺, 兼职保密员; 事件登记 was gated before). A register's sheet goes to a caller who
 * may download the workbook only when web.xml lets that caller's role open the register's page; secrecy officers
 * and auditors keep every sheet.
 */
class RegisterSheetsTest {

    /** Each register's section and the page of its register. */
    private static Map<RecordSection, String> registers() {
        Map<RecordSection, String> registers = new LinkedHashMap<>();
        registers.put(new IncidentRecordSection(), "/incidents/manage.xhtml");
        registers.put(new MatterRecordSection(), "/matters/manage.xhtml");
        registers.put(new TravelRecords(), "/travel/manage.xhtml");
        registers.put(new DisclosureRecordSection(), "/disclosures/register.xhtml");
        registers.put(new InspectionRecordSection(), "/inspections/rounds.xhtml");
        registers.put(new TopicPledgeRecords(), "/pledges/topics.xhtml");
        registers.put(new LiaisonRecordSection(), "/liaisons/manage.xhtml");
        registers.put(new VettingRecordSection(), "/vetting/manage.xhtml");
        registers.put(new ConductRecordSection(), "/incidents/conduct.xhtml");
        return registers;
    }

    @Test
    void aRegistersSheetIsInTheWorkbookOfThoseItsPageLetsInAndOfOfficersAndAuditors() throws Exception {
        WebXmlRoles web = WebXmlRoles.read();
        Set<String> downloaders = web.rolesAllowed("/records/inspection");
        assertTrue(downloaders.contains("HR") && downloaders.contains("ADMIN"), downloaders.toString());
        for (Map.Entry<RecordSection, String> register : registers().entrySet()) {
            Set<String> page = web.rolesAllowed(register.getValue());
            for (String role : downloaders) {
                boolean expected = role.equals("SECRECY_OFFICER") || role.equals("AUDITOR") || page.contains(role);
                assertEquals(expected, register.getKey().sheetFor(role::equals),
                        register.getKey().getClass().getSimpleName() + " for " + role + " (" + register.getValue()
                                + " lets in " + page + ")");
            }
        }
    }

    @Test
    void hrKeepsTheVettingAndConductSheetsWhosePagesLetHrInButNotTheOthers() {
        assertTrue(new VettingRecordSection().sheetFor("HR"::equals));
        assertTrue(new ConductRecordSection().sheetFor("HR"::equals));
        assertEquals(false, new ConductRecordSection().sheetFor("ADMIN"::equals), "its page refuses administrators");
        assertEquals(false, new MatterRecordSection().sheetFor("HR"::equals));
        assertEquals(false, new TravelRecords().sheetFor("HR"::equals));
        assertEquals(false, new DisclosureRecordSection().sheetFor("HR"::equals));
        assertEquals(false, new InspectionRecordSection().sheetFor("HR"::equals));
        assertEquals(false, new TopicPledgeRecords().sheetFor("HR"::equals));
        assertEquals(false, new LiaisonRecordSection().sheetFor("HR"::equals));
        assertTrue(new TopicPledgeRecords().sheetFor("AUDITOR"::equals), "an auditor reads every sheet");
    }
}
