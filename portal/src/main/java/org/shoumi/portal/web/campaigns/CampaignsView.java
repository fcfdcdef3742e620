package org.shoumi.portal.web.campaigns;

import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.security.entity.Role;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.shoumi.portal.campaigns.boundary.CampaignDraft;
import org.shoumi.portal.campaigns.boundary.CampaignRefusedException;
import org.shoumi.portal.campaigns.boundary.CampaignRow;
import org.shoumi.portal.campaigns.boundary.Campaigns;
import org.shoumi.portal.campaigns.boundary.Reminders;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/** The secrecy office's campaigns: completion of each, launching a new one, reminding people now. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    Reminders reminders;

    @Inject
    Organisation organisation;

    @Inject
    Quizzes quizzes;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private List<CampaignRow> rows;
    private transient Reminders.Run lastRun;
    private String code;
    private String title;
    private String quizCode;
    private LocalDate opensOn;
    private LocalDate dueOn;
    private List<String> departments = List.of();
    private List<String> posts = List.of();
    private List<String> classes = List.of();
    private boolean warned;
    private boolean warningsConfirmed;
    /** The draft the last warnings were found for (as {@link #shown}), and those warnings: what the tick confirms. */
    private String warnedDraft;
    private Campaigns.Warnings warnedWarnings;

    @PostConstruct
    void load() {
        rows = campaigns.all();
        // today in the unit's zone: the server's would be yesterday before eight in the morning
        opensOn = campaigns.today();
        dueOn = opensOn.plusDays(30);
    }

    /** Whether this login runs campaigns (the secrecy office, the administrator); an auditor reads the list. */
    public boolean isMayAct() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.ADMIN.name());
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void launch() {
        actions.attempt(() -> {
            Campaigns.Launched launched;
            CampaignDraft draft = new CampaignDraft(code, title, quizCode, opensOn, dueOn, new HashSet<>(departments),
                    new HashSet<>(posts),
                    classes.stream().map(SecrecyClass::valueOf).collect(java.util.stream.Collectors.toSet()));
            // the tick confirms the warnings shown for this very draft (it confirmed whatever the launch found after
            // the title, dates or audience were changed; outside check): a changed draft is warned about again
            String shown = shown(draft);
            boolean ticked = warningsConfirmed && warned;
            Campaigns.Warnings seen = ticked && shown.equals(warnedDraft) ? warnedWarnings : null;
            try {
                launched = campaigns.launchSeen(draft, external.getRemoteUser(), seen);
            } catch (CampaignRefusedException refused) {
                if (refused.reason() != CampaignRefusedException.Reason.WARNINGS_UNCONFIRMED) {
                    throw refused;
                }
                // the form now asks the officer to confirm what was found (nothing was launched); ticked for other
                // warnings or another draft, it says so and is unticked
                messages.warn(ticked ? "campaign.refused.WARNINGS_CHANGED" : "campaign.refused.WARNINGS_UNCONFIRMED");
                tell(refused.warnings());
                warned = true;
                warningsConfirmed = false;
                warnedDraft = shown;
                warnedWarnings = refused.warnings();
                return null;
            }
            messages.info("campaign.launched", title, launched.people());
            // what the officer confirmed, and the pledges already signed, said again with the answer
            tell(launched.warnings());
            warned = false;
            warningsConfirmed = false;
            warnedDraft = null;
            warnedWarnings = null;
            code = null;
            title = null;
            quizCode = null;
            departments = List.of();
            posts = List.of();
            classes = List.of();
            rows = campaigns.all();
            return null; // stays on the page
        }, "campaign.refused.");
    }

    /** The draft as the officer filled it in, each audience in order: the same text for the same draft. */
    private static String shown(CampaignDraft d) {
        return String.join("\u0000", String.valueOf(d.code()), String.valueOf(d.title()), String.valueOf(d.quizCode()),
                String.valueOf(d.opensOn()), String.valueOf(d.dueOn()),
                new java.util.TreeSet<>(d.departments()).toString(), new java.util.TreeSet<>(d.posts()).toString(),
                new java.util.TreeSet<>(d.classes()).toString());
    }

    /** Each warning of a launch as a message: the overlapping campaigns, the attempts used up, the pledges signed. */
    private void tell(Campaigns.Warnings w) {
        for (Campaigns.Overlap o : w.overlaps()) {
            messages.warn("campaign.warn.overlap", o.code(), o.title(), o.opensOn().toString(), o.dueOn().toString(),
                    o.people());
        }
        if (w.attemptsUsedUp() > 0) {
            messages.warn("campaign.warn.attemptsUsedUp", w.attemptsUsedUp(), quizTitle(w.quiz()));
        }
        if (w.pledgeSigned() > 0) {
            messages.info("campaign.warn.pledgeSigned", w.pledgeSigned(), String.valueOf(w.year()));
        }
    }

    /** Whether the last launch was held back for warnings: the form then offers to confirm them. */
    public boolean isWarned() {
        return warned;
    }

    public boolean isWarningsConfirmed() {
        return warningsConfirmed;
    }

    public void setWarningsConfirmed(boolean warningsConfirmed) {
        this.warningsConfirmed = warningsConfirmed;
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void remindNow() {
        Reminders.Run run = reminders.sendDue();
        lastRun = run;
        messages.info("campaign.reminded", run.sent(), run.withoutAddress(), run.failed());
        if (run.failed() > 0) {
            messages.warn("mail.failed", run.failed());
        }
    }

    /** What the last "send today's reminders" did, person by person; null before one ran on this page. */
    public Reminders.Run getLastRun() {
        return lastRun;
    }

    /** A quiz's title by its code, for the list (the code when the quiz is gone). */
    public String quizTitle(String code) {
        return quizzes.all().stream().filter(q -> q.getCode().equals(code)).map(Quiz::getTitle).findFirst()
                .orElse(code);
    }

    public List<CampaignRow> getRows() {
        return rows;
    }

    public List<Quiz> getExams() {
        return quizzes.all().stream().filter(q -> q.getMode() == QuizMode.EXAM && q.isActive()).toList();
    }

    public List<Department> getAllDepartments() {
        return organisation.departments();
    }

    public List<Post> getAllPosts() {
        return organisation.posts();
    }

    public SecrecyClass[] getSecretClasses() {
        return new SecrecyClass[] {SecrecyClass.CORE, SecrecyClass.IMPORTANT, SecrecyClass.GENERAL};
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public void setQuizCode(String quizCode) {
        this.quizCode = quizCode;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? List.of() : departments;
    }

    public List<String> getPosts() {
        return posts;
    }

    public void setPosts(List<String> posts) {
        this.posts = posts == null ? List.of() : posts;
    }

    public List<String> getClasses() {
        return classes;
    }

    public void setClasses(List<String> classes) {
        this.classes = classes == null ? List.of() : classes;
    }
}
