package org.shoumi.portal.web.campaigns;

import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Once;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.campaigns.boundary.PlanItemDraft;
import org.shoumi.portal.campaigns.boundary.PlanRefusedException;
import org.shoumi.portal.campaigns.boundary.PlanStartJob;
import org.shoumi.portal.campaigns.boundary.PlanStartJobs;
import org.shoumi.portal.campaigns.boundary.PlanStarted;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.portal.campaigns.entity.PlanItem;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The yearly education plans (年度保密教育计划): the list, a new plan or a copy of last year's, the items of the chosen
 * plan, and starting it: the secrecy office's (and the administrator's); the auditor reads the plans and their
 * items.
 */
@Named
@ViewScoped
public class PlansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    @Inject
    Organisation organisation;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Quizzes quizzes;

    @Inject
    Documents documents;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    PlanStartJobs jobs;

    private String jobId;
    private boolean overlapRefused;
    private boolean overlapsAccepted;
    /** The overlap the last refused start named (its key), which the tick confirms; null when none was named. */
    private String shownOverlap;
    /** The overlaps the officer confirmed on this page, each after it was named (a serializable set). */
    private final HashSet<String> acceptedOverlaps = new HashSet<>();
    private List<EducationPlan> all;
    private Long selectedId;
    private Integer year;
    private String title;

    private String audience;
    private List<String> departments = List.of();
    private String itemTitle;
    private String quizCode;
    private String pledge;
    private BigDecimal hours;
    private LocalDate opensOn;
    private LocalDate dueOn;

    @PostConstruct
    void load() {
        year = documents.today().getYear();
        all = plans.all();
        if (selectedId == null && !all.isEmpty()) {
            selectedId = all.get(0).getId();
        }
    }

    @Once
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void create() {
        try {
            EducationPlan plan = plans.create(year == null ? 0 : year, title, external.getRemoteUser());
            selectedId = plan.getId();
            messages.info("plan.created", title);
            if (org.shoumi.portal.campaigns.control.PlanRules.yearEnded(plan.getPlanYear(), documents.today())) {
                // kept as last year's plan to copy from, but said at once: it would be refused only at its start
                messages.warn("plan.created.yearEnded", String.valueOf(plan.getPlanYear()));
            }
            title = null;
            all = plans.all();
        } catch (PlanRefusedException refused) {
            refusedWith(refused);
        }
    }

    @Once
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void copy() {
        try {
            Plans.PlanCopied copied = plans.copyLastYear(year == null ? 0 : year, external.getRemoteUser());
            EducationPlan copy = copied.plan();
            selectedId = copy.getId();
            messages.info("plan.copied", copy.getTitle(), copy.getItems().size());
            // next year's exam under the title of a quiz the officer defined by hand: given a title of its own, and
            // said, so that the officer knows which of the two the plan asks for (outside check)
            copied.retitled().forEach(q -> messages.warn("plan.copied.examRetitled", q.quiz().getCode(),
                    q.quiz().getTitle(), q.wantedTitle(), q.titleHolder()));
            copy.getItems().stream().filter(i -> org.shoumi.portal.campaigns.control.PlanRules.windowEnded(
                    i.getDueOn(), documents.today())).forEach(i -> messages.warn("plan.itemAdded.ended",
                    i.getTitle(), String.valueOf(i.getOpensOn()), String.valueOf(i.getDueOn())));
            all = plans.all();
        } catch (PlanRefusedException refused) {
            refusedWith(refused);
        }
    }

    @ChangesNothing
    public void select(long id) {
        selectedId = id;
    }

    @Once
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void addItem() {
        try {
            plans.addItem(selectedId == null ? -1 : selectedId, new PlanItemDraft(
                    audience == null ? null : Audience.valueOf(audience), new HashSet<>(departments), itemTitle,
                    quizCode, pledge == null || pledge.isEmpty() ? null : PledgeKind.valueOf(pledge),
                    hours, opensOn, dueOn));
            messages.info("plan.itemAdded", itemTitle);
            if (org.shoumi.portal.campaigns.control.PlanRules.windowEnded(dueOn, documents.today())) {
                // said at once: the plan would be refused only at its start (outside check)
                messages.warn("plan.itemAdded.ended", itemTitle, String.valueOf(opensOn), String.valueOf(dueOn));
            }
            itemTitle = null;
            all = plans.all();
        } catch (PlanRefusedException refused) {
            refusedWith(refused);
        }
    }

    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void removeItem(long itemId) {
        try {
            plans.removeItem(selectedId, itemId);
            all = plans.all();
        } catch (PlanRefusedException refused) {
            refusedWith(refused);
        }
    }

    /** Starts the chosen plan on the server; the page then polls the job ({@link #poll}) and shows its progress. */
    @Allowed({Role.SECRECY_OFFICER, Role.ADMIN})
    public void start() {
        try {
            // the tick confirms the overlap the page named, no other (it accepted any overlap, another item's never
            // named or one grown since; outside check): a start then refused for another names it and asks again
            if (overlapsAccepted && shownOverlap != null) {
                acceptedOverlaps.add(shownOverlap);
            }
            overlapsAccepted = false;
            shownOverlap = null;
            jobId = jobs.start(selectedId == null ? -1 : selectedId, external.getRemoteUser(), acceptedOverlaps).id();
        } catch (PlanRefusedException refused) {
            refusedWith(refused);
        }
    }

    /** Called by the page every second while a start runs: says how it ended once it has. */
    @ChangesNothing
    public void poll() {
        PlanStartJob job = getJob();
        if (job == null || job.running()) {
            return;
        }
        switch (job.state()) {
            case DONE -> {
                PlanStarted started = job.started();
                if (started == null) {
                    // it ran on another node of the cluster, which alone holds the counts
                    messages.info("plan.startedElsewhere");
                } else {
                    messages.info("plan.started", started.campaigns(), started.programmes());
                }
            }
            case REFUSED -> {
                if (job.refusal() == null) {
                    messages.error("plan.start.refusedElsewhere");
                } else {
                    refusedWith(job.refusal());
                }
            }
            case LOST -> messages.error("plan.start.nodeLost");
            default -> messages.error("plan.start.failed");
        }
        jobId = null;
        all = plans.all();
    }

    /** Whether this login draws up and starts plans (the secrecy office, the administrator); an auditor reads them. */
    public boolean isMayAct() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.ADMIN.name());
    }

    /** The start running (or just ended) on this page; null when none. */
    public PlanStartJob getJob() {
        return jobs.job(jobId, external.getRemoteUser()).orElse(null);
    }

    public boolean isStarting() {
        return jobId != null;
    }

    private void refusedWith(PlanRefusedException refused) {
        messages.error("plan.refused." + refused.reason().name(), refused.details().toArray());
        // the form now offers to start all the same, the overlap confirmed
        overlapRefused = refused.reason() == PlanRefusedException.Reason.OVERLAPS_CAMPAIGN;
        shownOverlap = overlapRefused ? refused.overlapKey() : null;
        overlapsAccepted = false;
    }

    /** Whether the last start was refused for an overlap with a campaign launched by hand: the tick is offered. */
    public boolean isOverlapRefused() {
        return overlapRefused;
    }

    public boolean isOverlapsAccepted() {
        return overlapsAccepted;
    }

    public void setOverlapsAccepted(boolean overlapsAccepted) {
        this.overlapsAccepted = overlapsAccepted;
    }

    public List<EducationPlan> getAll() {
        return all;
    }

    public EducationPlan getSelected() {
        return all.stream().filter(p -> p.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public List<PlanItem> getItems() {
        EducationPlan p = getSelected();
        return p == null ? List.of() : p.getItems();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public PledgeKind[] getPledgeKinds() {
        return new PledgeKind[] {PledgeKind.IN_POST, PledgeKind.AGREEMENT};
    }

    public List<Quiz> getExams() {
        return quizzes.all().stream().filter(q -> q.getMode() == QuizMode.EXAM && q.isActive()).toList();
    }

    public List<Department> getAllDepartments() {
        return organisation.departments();
    }

    /** An item's departments by name in the page's language (the list showed their codes: outside check). */
    public String departmentNames(String stored) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        organisation.departments().forEach(d -> names.put(d.getCode(), d.nameIn(localeSelection.getLanguage())));
        return org.shoumi.portal.campaigns.control.CampaignTargets.split(stored).stream()
                .map(code -> names.getOrDefault(code, code))
                .collect(java.util.stream.Collectors.joining(messages.text("common.listSeparator")));
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? List.of() : departments;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public void setQuizCode(String quizCode) {
        this.quizCode = quizCode;
    }

    public String getPledge() {
        return pledge;
    }

    public void setPledge(String pledge) {
        this.pledge = pledge;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
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
}
