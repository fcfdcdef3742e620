package it.org.shoumi.portal.pledges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.pledges.boundary.PledgeDraft;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.Signing;
import org.shoumi.portal.pledges.boundary.YearlyPledge;
import org.shoumi.portal.pledges.entity.SignedPledge;

/**
 * The yearly in-post pledge on a started server, for the demo secrecy officer (a secret-related person in post who
 * has signed none): owed without any programme asking for it, signed, then valid until the year's last day.
 */
class YearlyPledgeIT extends FromInside {

    @Inject
    Pledges pledges;

    @Inject
    Employees employees;

    @Inject
    HttpServletRequest request;

    private static String signature() throws Exception {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 100, 200, 40);
        g.drawLine(200, 40, 380, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void anInPostPersonWithoutThisYearsPledgeOwesOneUntilSigned() throws Exception {
        String user = "officer";
        YearlyPledge before = pledges.yearly(user).orElseThrow();
        assertTrue(before.required(), "a secret-related person in post");
        assertTrue(before.owed(), "the demo officer never signed one");
        assertTrue(pledges.due(user).contains(PledgeKind.IN_POST), "owed without a programme asking for it");
        PledgeDraft draft = pledges.draft(user, PledgeKind.IN_POST);
        String name = employees.personOf(user).orElseThrow().getName();
        SignedPledge signed = pledges.sign(new Signing(user, draft.kind(), draft.version(), draft.sha256(),
                "Shoumi@2026".toCharArray(), name, signature(), "127.0.0.1", "YearlyPledgeIT"));
        // the PDF names the template by its title and version, not by the content pack's internal key
        try (PDDocument pdf = Loader.loadPDF(signed.getPdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("模板：《" + draft.title().replaceAll("\\s+", "") + "》第" + draft.version()
                    + "版；签订终端地址：127.0.0.1"), text);
            assertFalse(text.contains(draft.key()), text);
        }
        // the auditor's document history counts the signatures of each template version (it said 确认人数 0, counting
        // acknowledgements of rules; outside check) and says what its fingerprint covers
        long signedCount = pledges.signedPerVersion(draft.key()).getOrDefault(draft.version(), 0L);
        assertTrue(signedCount >= 1);
        PortalClient auditor = new PortalClient(portalAddress(request));
        auditor.login("auditor", "Shoumi@2026");
        PortalClient.Page history = auditor.get("audit/documents.xhtml?key=" + draft.key());
        assertTrue(history.contains("签署人数") && history.contains("每份已签署的承诺书另有其指纹"), history.body());
        assertTrue(history.body().matches("(?s).*id=\"[^\"]*acknowledged\"[^>]*>" + signedCount + "<.*"),
                history.body());
        YearlyPledge after = pledges.yearly(user).orElseThrow();
        assertFalse(after.owed(), "signed this year");
        assertFalse(pledges.due(user).contains(PledgeKind.IN_POST));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertEquals(LocalDate.of(year, 12, 31), after.validUntil(), "valid for the plan year");
        assertEquals(year, after.lastSigned().getYear());
    }
}
