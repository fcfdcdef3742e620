package it.org.shoumi.portal.refusals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.ServerLog;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A boundary's refusal is the expected answer to a user (a step taken too early), not a fault: its transaction is
 * rolled back, and the server's log does not report an incident (Liberty wrote "FFDC1015I: An FFDC Incident has
 * been created" and a stack trace to logs/ffdc the first time each refusal left a transaction). A fault still is
 * reported, so the log check below sees incidents when there are some.
 */
class RefusalsIT extends FromInside {

    @Inject
    RefusingBoundary boundary;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Test
    void aRefusalKeepsNothingAndIsNotReportedAsAnIncident() throws Exception {
        String user = Deployments.uniqueName("refused");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.NotNowForTest.class, () -> boundary.tellThenRefuse(user));

        assertEquals(0, boundary.told(user), "the refused call's notification was kept");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I");
        assertTrue(incidents.stream().noneMatch(line -> line.contains("NotNowForTest")), String.join("\n", incidents));
    }

    /**
     * Found by an outside check: an address that names no file (/records/inspection.xlsx) was answered 404, but
     * Liberty wrote an FFDC incident and a stack trace for it (OpenLiberty issue 33079).
     */
    @Test
    void anAddressWithoutAFileIsA404AndNoIncident() throws Exception {
        ServerLog log = ServerLog.fromNow();
        it.org.shoumi.portal.PortalClient hr = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        hr.login("hr", "Shoumi@2026");
        String missing = "records/nothing-" + System.nanoTime() + ".xlsx";
        assertEquals(404, hr.raw(missing).statusCode());
        assertEquals(200, hr.raw("index.xhtml").statusCode(), "pages are still pages");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I", "SRVE0190E");
        assertTrue(incidents.isEmpty(), String.join("\n", incidents));
    }

    @Test
    void aFaultKeepsNothingAndIsReported() throws Exception {
        String user = Deployments.uniqueName("fault");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.FaultForTest.class, () -> boundary.tellThenFail(user));

        assertEquals(0, boundary.told(user), "the failed call's notification was kept");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I");
        assertTrue(incidents.stream().anyMatch(line -> line.contains("FaultForTest")),
                "a fault is reported once per server life; this test's own fault was not:\n" + String.join("\n", incidents));
    }

    @Test
    void aMethodThatKeepsItsWorkOnARefusalKeepsIt() throws Exception {
        String user = Deployments.uniqueName("kept");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.KeptForTest.class, () -> boundary.tellThenRefuseKeepingIt(user));

        assertEquals(1, boundary.told(user), "the work the method keeps on this refusal was rolled back");
        Thread.sleep(200);
        assertTrue(log.linesSince("FFDC1015I").stream().noneMatch(line -> line.contains("KeptForTest")));
    }
}
