package org.shoumi.portal.web.employees;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.boundary.RosterCheck;
import org.shoumi.portal.employees.boundary.RosterImportBusyException;
import org.shoumi.portal.employees.boundary.RosterImportJob;
import org.shoumi.portal.employees.boundary.RosterImportJobs;
import org.shoumi.portal.employees.boundary.RosterImportOutcome;
import org.shoumi.portal.employees.control.RosterFiles;
import org.shoumi.portal.employees.control.RosterPlan.Change;
import org.shoumi.portal.employees.control.RosterPlan.Planned;
import org.shoumi.portal.employees.control.RosterProblem;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.CodedName;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.PersonNames;
import org.shoumi.portal.web.shared.Times;

/**
 * HR imports the roster from the HR system's Excel or CSV file: upload, check (every problem by row and column,
 * or a preview of the hires and changes), then import, which runs on the server's managed executor while the
 * page polls a progress bar. First passwords of logins the import opened are shown on this page once; the page
 * opened again while the import runs or before its result was collected shows it ({@link #resume}). A finished
 * import's result stays with the registry until a page collects it (at most 30 minutes): leaving the page no longer
 * drops it, so a reload still shows the first passwords.
 */
@Named
@ViewScoped
public class RosterImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A problem as the page shows it. */
    public record ProblemRow(int row, String where, String text) implements Serializable {
    }

    /** A row that changes something, as the preview shows it. */
    public record ChangeRow(String employeeNo, String name, String what, String details, String programme)
            implements Serializable {
    }

    @Inject
    Roster roster;

    @Inject
    RosterImportJobs jobs;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    Times times;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    PersonNames personNames;

    private transient UploadedFile file;
    private String fileName;
    private byte[] content;
    private RosterCheck checked;
    private List<ProblemRow> problems = List.of();
    private List<ChangeRow> changes = List.of();
    private String jobId;
    private RosterImportOutcome outcome;
    /** The page opened on a running import of this user's: its progress bar starts as the page loads. */
    private boolean resumed;

    /**
     * On opening the page: an import this user started and no page has collected yet (the page was reloaded or
     * reopened while it ran, or after it ended) is shown again, running with its progress or ended with its result
     * and first passwords (once: collecting it lets go of it). The reloaded page showed nothing of it, and the first
     * passwords of the logins it opened were left to the page behind (outside check).
     */
    @ChangesNothing
    public void resume() {
        if (jobId != null) {
            return;
        }
        jobs.uncollected(external.getRemoteUser()).ifPresent(job -> {
            jobId = job.id();
            if (job.running()) {
                resumed = true;
                messages.info("employees.import.resumed", times.format(job.started()));
            } else {
                collect();
            }
        });
    }

    /** Reads and checks the uploaded file; nothing is stored. */
    public void check() {
        reset();
        if (file == null || file.getSize() == 0) {
            // a file chosen but empty (0 bytes) is said so, not "请选择文件" (outside check), as the question import does
            boolean named = file != null && file.getFileName() != null && !file.getFileName().isBlank();
            if (named) {
                messages.error("employees.import.emptyFile", file.getFileName());
            } else {
                messages.error("employees.import.noFile");
            }
            return;
        }
        fileName = file.getFileName() == null ? "" : file.getFileName();
        if (file.getSize() > RosterFiles.MAX_BYTES) {
            messages.error("employees.import.tooLarge", RosterFiles.MAX_BYTES / 1024 / 1024);
            return;
        }
        byte[] bytes = file.getContent();
        checked = roster.check(fileName, bytes, external.getRemoteUser());
        if (checked.isImportable()) {
            content = bytes;
            changes = describe(checked.getChanges());
            messages.info("employees.import.ready", fileName, checked.getRows().size());
        } else {
            problems = texts(checked.getProblems());
            messages.error("employees.import.refused", checked.getProblems().size());
        }
    }

    /**
     * Starts the import of the checked file on the server; the page then polls {@link #getProgress()}. Once per
     * checked file: presses sent at the same moment from this page reach this bean together, so the first starts
     * it and the others are told it is under way (each started an import of its own, and the page reported
     * whichever it saw last; outside check); another import running anywhere is refused by the registry.
     */
    public synchronized void start() {
        if (jobId != null) {
            messages.warn("employees.import.started");
            return;
        }
        if (content == null || checked == null || !checked.isImportable()) {
            messages.error("employees.import.nothingChecked");
            return;
        }
        try {
            jobId = jobs.start(fileName, content, external.getRemoteUser()).id();
        } catch (RosterImportBusyException busy) {
            // the person, as other records name who did something ("hr 于 … 开始" named the login: outside check)
            messages.error("employees.import.busy", personNames.of(busy.owner()), times.format(busy.startedAt()));
            return;
        }
        content = null;
    }

    /** Per cent done of the running import. */
    public int getProgress() {
        return job().map(RosterImportJob::percent).orElse(jobId == null ? 0 : 100);
    }

    public boolean isRunning() {
        return jobId != null && outcome == null;
    }

    public boolean isResumed() {
        return resumed && isRunning();
    }

    /**
     * The import ended: show what it did (or why it stored nothing) and let go of the job. Once: a second
     * {@code complete} (several progress bars polled after several presses) leaves the result as shown.
     */
    public synchronized void collect() {
        if (jobId == null || outcome != null) {
            return;
        }
        RosterImportJob job = job().orElse(null);
        if (job == null) {
            // the server no longer knows the job (restarted, or the result was collected elsewhere)
            reset();
            messages.error("employees.import.lost");
            return;
        }
        if (job.running()) {
            return;
        }
        checked = null;
        changes = List.of();
        switch (job.state()) {
            case DONE -> {
                if (job.outcome() == null) {
                    // it ran on another node of the cluster, which alone holds its detail (first passwords)
                    messages.info("employees.import.doneElsewhere", job.doneRows());
                    break;
                }
                outcome = job.outcome();
                messages.info("employees.import.done", outcome.added(), outcome.changed(), outcome.unchanged(),
                        outcome.programmes().size());
                int leaving = outcome.departuresOpened() - outcome.loweringsInPost();
                if (leaving > 0) {
                    messages.info("employees.import.departures", leaving);
                }
                if (outcome.loweringsInPost() > 0) {
                    messages.info("employees.import.lowerings", outcome.loweringsInPost());
                }
                if (outcome.raisesCorrected() > 0) {
                    messages.info("employees.import.raisesCorrected", outcome.raisesCorrected());
                }
                // the programmes the changes closed as no longer concerning their people, as the change form and
                // 批量调整 name them (said nowhere; outside check): counted here, listed in the result's table
                if (!outcome.closed().isEmpty()) {
                    messages.info("employees.import.closed", outcome.closed().stream()
                            .map(RosterImportOutcome.ClosedProgramme::employeeNo).distinct().count(),
                            outcome.closed().size());
                }
            }
            case REFUSED -> {
                if (job.elsewhere() != null) {
                    messages.error("employees.import.refusedElsewhere");
                    break;
                }
                problems = texts(job.problems());
                messages.error("employees.import.refused", job.problems().size());
            }
            case LOST -> messages.error("employees.import.nodeLost");
            default -> failed(job);
        }
        jobs.forget(jobId, external.getRemoteUser());
        if (outcome == null) {
            jobId = null;
        }
    }

    /**
     * Why the import stored nothing, as far as this node knows: the time allowed passed, a row's login or staff
     * number was refused while writing (taken since the check), or a fault whose detail is in the server's log at
     * the time named ("导入失败" alone: left by an outside check).
     */
    private void failed(RosterImportJob job) {
        RosterImportJob.Failure why = job.failure();
        if (why == null) {
            messages.error("employees.import.failed");
            return;
        }
        switch (why.kind()) {
            case TIMED_OUT -> messages.error("employees.import.failed.timedOut", why.timeoutSeconds());
            case REFUSED -> messages.error("employees.import.failed.refused", messages.text("hire.refused."
                    + why.refusal().reason().name(), why.refusal().args().toArray()));
            default -> messages.error("employees.import.failed.unexpected",
                    times.format(job.ended() == null ? job.started() : job.ended()));
        }
    }

    public StreamedContent getTemplateExcel() {
        byte[] bytes = roster.template(true);
        return DefaultStreamedContent.builder().name("roster-template.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public StreamedContent getTemplateCsv() {
        byte[] bytes = roster.template(false);
        return DefaultStreamedContent.builder().name("roster-template.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    private java.util.Optional<RosterImportJob> job() {
        return jobs.job(jobId, external.getRemoteUser());
    }

    private void reset() {
        checked = null;
        content = null;
        problems = List.of();
        changes = List.of();
        outcome = null;
        jobId = null;
        resumed = false;
    }

    private List<ProblemRow> texts(List<RosterProblem> found) {
        return found.stream().map(p -> new ProblemRow(p.row(), p.where(),
                messages.text(p.key(), p.args().toArray()))).toList();
    }

    private List<ChangeRow> describe(List<Planned> planned) {
        String lang = localeSelection.getLanguage();
        Map<String, String> departments = names(organisation.departments(), lang);
        Map<String, String> posts = names(organisation.posts(), lang);
        List<ChangeRow> rows = new ArrayList<>();
        for (Planned p : planned) {
            var line = p.line();
            List<String> details = new ArrayList<>();
            if (p.change() == Change.NEW) {
                details.add(messages.text("employees.import.detail.hire", departments.get(line.departmentCode()),
                        posts.get(line.postCode()), classLabel(line.secrecyClass()), line.hireDate().toString()));
            } else {
                var before = p.before();
                if (p.nameChanged()) {
                    details.add(messages.text("employees.import.detail.name", before.name(), line.name()));
                }
                if (p.departmentChanged()) {
                    details.add(messages.text("employees.import.detail.department",
                            departments.get(before.departmentCode()), departments.get(line.departmentCode())));
                }
                if (p.postChanged()) {
                    details.add(messages.text("employees.import.detail.post", posts.get(before.postCode()),
                            posts.get(line.postCode())));
                }
                if (p.classChanged()) {
                    details.add(messages.text("employees.import.detail.class", classLabel(before.secrecyClass()),
                            classLabel(line.secrecyClass())));
                }
            }
            // a lowering within the secret-related classes keeps the person in post: not called a 离岗 (ex-s37f 4)
            if (p.lowersInPost()) {
                details.add(messages.text("employees.import.detail.lowering"));
            } else if (p.opensDeparture()) {
                details.add(messages.text("employees.import.detail.departure"));
            }
            if (p.markedLeft()) {
                details.add(messages.text("employees.import.detail.markedLeft"));
            }
            if (p.returnsToPost()) {
                details.add(messages.text("employees.import.detail.returnsToPost"));
            }
            if (p.departingInPost()) {
                details.add(messages.text("employees.import.detail.departingLowering"));
            } else if (p.departing()) {
                details.add(messages.text("employees.import.detail.departing"));
            }
            if (p.correctsRaise()) {
                details.add(messages.text("employees.import.detail.raiseCorrected"));
            }
            if (p.hireDateKept()) {
                details.add(messages.text("employees.import.detail.hireDateKept", line.hireDate().toString(),
                        p.before().hireDate().toString()));
            }
            if (p.newLogin()) {
                details.add(messages.text("employees.import.detail.login", line.username()));
            }
            // the campaign programmes the change would close, named as the change form names them (outside check)
            List<String> closing = checked.closingOf(p.employeeNo()).stream()
                    .map(t -> messages.text("employees.change.closedProgramme", t.title(), t.campaignCode())).toList();
            if (!closing.isEmpty()) {
                details.add(messages.text("employees.import.detail.closes",
                        String.join(messages.text("common.listSeparator"), closing)));
            }
            // the programme the change calls for, then the started yearly plans' items it gives (they were left out)
            List<String> programmes = new ArrayList<>();
            if (p.programme() != null) {
                programmes.add(messages.text("enum.ProgrammeKind." + p.programme().name()));
            }
            checked.planTrainingsOf(p.employeeNo()).forEach(t -> programmes.add(t.title()));
            rows.add(new ChangeRow(p.employeeNo(), line.name(), messages.text("employees.import.change." + p.change()),
                    String.join(messages.text("common.partSeparator"), details),
                    String.join(messages.text("common.listSeparator"), programmes)));
        }
        return rows;
    }

    private String classLabel(Enum<?> c) {
        return messages.text("enum.SecrecyClass." + c.name());
    }

    private static Map<String, String> names(List<? extends CodedName> all, String lang) {
        return all.stream().collect(Collectors.toMap(CodedName::getCode, c -> c.nameIn(lang), (a, b) -> a));
    }

    public RosterCheck getChecked() {
        return checked;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    /** A closed programme's name as the result's table shows it: a campaign's title and code, else its kind. */
    public String closedName(RosterImportOutcome.ClosedProgramme c) {
        return c.campaignCode() == null ? messages.text("enum.ProgrammeKind." + c.kind())
                : messages.text("employees.change.closedProgramme", c.title() == null ? c.campaignCode() : c.title(),
                        c.campaignCode());
    }

    public RosterImportOutcome getOutcome() {
        return outcome;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
