package it.org.shoumi.portal.campaigns;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Test only, added to {@link EscalationIT}'s deployment, never part of the portal: makes a campaign's open programmes
 * overdue by {@code days} ({@code GET /test-backdate?campaign=CODE&days=15}), or a self-inspection round
 * ({@code GET /test-backdate?round=NAME&days=1}), as if the calendar had moved on, so that the escalation of overdue
 * reminders can be watched without waiting two weeks. A round as opened is an entry of the evidence chain, which other
 * tests verify: {@code GET /test-backdate?round=NAME&due=2026-12-27&opened=2026-12-07} puts its days back.
 */
@WebServlet("/test-backdate")
public class TestBackdateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext(unitName = "shoumi")
    transient EntityManager em;

    @Resource
    transient UserTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean back = request.getParameter("due") != null;
        LocalDate due = back ? LocalDate.parse(request.getParameter("due"))
                : LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(Integer.parseInt(request.getParameter("days")));
        try {
            tx.begin();
            int moved = request.getParameter("round") != null
                    ? em.createNativeQuery("UPDATE inspection_round SET due = ?, opened_on = ? WHERE name = ?")
                            .setParameter(1, due)
                            .setParameter(2, back ? LocalDate.parse(request.getParameter("opened")) : due.minusDays(14))
                            .setParameter(3, request.getParameter("round")).executeUpdate()
                    : em.createNativeQuery("UPDATE programme_assignment SET due = ?, started_on = ? "
                            + "WHERE campaign_code = ? AND completed_at IS NULL AND closed_at IS NULL")
                    .setParameter(1, due).setParameter(2, due.minusDays(30))
                    .setParameter(3, request.getParameter("campaign")).executeUpdate();
            tx.commit();
            em.getEntityManagerFactory().getCache().evictAll(); // the update went round the shared cache
            response.setContentType("text/plain");
            response.getWriter().write(String.valueOf(moved));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
