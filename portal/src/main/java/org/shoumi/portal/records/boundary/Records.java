package org.shoumi.portal.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.shared.RecordSection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.organisation.boundary.UnitName;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.departures.entity.ContactChange;
import org.shoumi.portal.departures.entity.LastDayChange;
import org.shoumi.portal.departures.entity.Departure;
import org.shoumi.portal.departures.entity.PeriodAdjustment;
import org.shoumi.portal.departures.entity.PostExitPeriod;
import org.shoumi.portal.departures.boundary.DepartureDetail;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.control.ExitProgrammeOrigin;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.HistoryRow;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.boundary.LoginNames;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.pledges.boundary.SpecialPledgeRows;
import org.shoumi.portal.pledges.boundary.SpecialPledges;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.portal.programmes.boundary.CampaignQuizzes;
import org.shoumi.portal.programmes.boundary.PersonRow;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.records.control.DepartureFormPdf;
import org.shoumi.portal.records.control.InspectionWorkbook;
import org.shoumi.portal.records.control.SecrecyFile;
import org.shoumi.portal.records.control.SecrecyFiles;
import org.shoumi.portal.records.entity.RecordExport;
import org.shoumi.portal.events.RecordsExported;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.hours.boundary.Tally;
import org.shoumi.portal.hours.boundary.TrainingHours;
import org.shoumi.portal.sessions.boundary.Sessions;
import org.shoumi.portal.records.control.SecrecyFilePdf;
import org.shoumi.portal.records.control.Reconfirmations;
import org.shoumi.portal.training.control.ReadingPolicy;
import org.shoumi.portal.training.entity.Acknowledgement;
import org.shoumi.quizzes.attempts.control.PassRule;
import org.shoumi.quizzes.attempts.control.QuizPolicy;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;

/**
 * Reads every record of a person (or of everyone) for inspectors. Records are printed in Chinese, the
 * language of the unit's files, whatever the language of the screen.
 */
@ApplicationScoped
@Boundary
public class Records {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** A record's time as pages show it (Times): to the minute. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CampaignQuizzes campaignQuizzes;

    @Inject
    Sessions sessions;

    @Inject
    TrainingHours hours;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<RecordsExported> exportedEvent;

    @Inject
    Employees employees;

    @Inject
    PersonnelHistory history;

    @Inject
    Documents documents;

    @Inject
    Departures departures;

    @Inject
    SpecialPledges specialPledges;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    UnitName unit;

    @Inject
    @Any
    Instance<RecordSection> sections;

    Clock clock = Clock.systemUTC();

    /** Now in the unit's time zone (the time a department's archive gives its files). */
    public java.time.LocalDateTime localNow() {
        return java.time.LocalDateTime.ofInstant(clock.instant(), ZoneId.of(zone));
    }

    /** The staff number of the person behind a login, if any. */
    public Optional<String> employeeNoOf(String username) {
        return employees.personOf(username).map(Employee::getEmployeeNo);
    }

    public Optional<SecrecyFile> file(String employeeNo) {
        return file(employeeNo, role -> true);
    }

    /**
     * The person's secrecy file as the caller may read it ({@code callerInRole} answers for a role's name): a
     * feature's section whose register the caller's roles may not open ({@link RecordSection#sheetFor}, as in the
     * workbook) keeps its title and says it is withheld, instead of printing what its pages refuse them (HR's copy
     * listed personal-matter reports and trips abroad; outside check) or seeming to have nothing.
     */
    public Optional<SecrecyFile> file(String employeeNo, java.util.function.Predicate<String> callerInRole) {
        return file(employeeNo, callerInRole, readerRoles(callerInRole, text()));
    }

    /** {@link #file(String, java.util.function.Predicate)}, a withheld section naming the caller's {@code roles}. */
    private Optional<SecrecyFile> file(String employeeNo, java.util.function.Predicate<String> callerInRole,
                                       String roles) {
        ResourceBundle text = text();
        DocumentTitles titles = new DocumentTitles();
        Map<Long, String> revocations = revocations(text);
        return Employee.byNumber(em, employeeNo)
                .getResultStream().findFirst().map(e -> file(e, text, titles, revocations, callerInRole, roles));
    }

    private SecrecyFile file(Employee e, ResourceBundle text, DocumentTitles titles, Map<Long, String> revocations,
                             java.util.function.Predicate<String> callerInRole, String roles) {
        List<Departure> departuresOfPerson = em.createQuery("select d from Departure d where d.employee = :e",
                Departure.class).setParameter("e", e).getResultList();
        Set<Instant> paperDays = paperPledgeDays(departuresOfPerson);
        return new SecrecyFile(
                new SecrecyFile.Person(e.getEmployeeNo(), e.getName(), e.getDepartment().getName(),
                        e.getPost().getName(), text.getString("enum.SecrecyClass." + e.getSecrecyClass()),
                        text.getString("enum.EmployeeStatus." + e.getStatus()), e.getHireDate()),
                changes(e.getEmployeeNo(), text),
                assignments(e).stream().map(a -> new SecrecyFile.Programme(
                        text.getString(programmeKey(a, departuresOfPerson, ZoneId.of(zone)))
                                + (a.getCampaignCode() == null ? ""
                                : campaignName(a.getCampaignCode(), text)),
                        a.getStartedOn(), a.getDue(), a.getCompletedAt(), a.getClosedAt(),
                        a.getClosedBecause() == null ? null : a.getClosedBecause().name(),
                        completedOnPaperDay(a, paperDays))).toList(),
                acknowledgements(e).stream().map(a -> new SecrecyFile.Reading(titles.of(a),
                        a.getVersion(), a.getAcknowledgedAt(), a.getReadingSeconds(), a.getSha256())).toList(),
                fileAttempts(attempts(e.getEmployeeNo()), revocations, text),
                pledgesWithPaper(e, text),
                exits(e, text),
                attended(e.getEmployeeNo(), text),
                yearHours(e), extra(e.getEmployeeNo(), text, callerInRole, roles),
                owed(e, acknowledgements(e), pledges(e), acknowledgeable(), documents.all(DocumentKind.PLEDGE),
                        departures.leavingThePost(e.getEmployeeNo())));
    }

    /** The rules and duties people read and acknowledge, each with all its versions, in teaching order. */
    private Map<String, List<DocumentVersion>> acknowledgeable() {
        Map<String, List<DocumentVersion>> docs = new LinkedHashMap<>(documents.all(DocumentKind.RULE));
        docs.putAll(documents.all(DocumentKind.DUTY));
        return docs;
    }

    /**
     * What the person owes again after a material change (see {@link Reconfirmations}): the rules and duties that
     * concern them whose version in force they have not confirmed though they confirmed an older one, then the
     * pledges re-opened so; read from the records given, so that the workbook asks nothing per person.
     */
    private List<SecrecyFile.Owed> owed(Employee e, List<Acknowledgement> acks, List<SignedPledge> signed,
                                        Map<String, List<DocumentVersion>> docs,
                                        Map<String, List<DocumentVersion>> templates, boolean leaving) {
        LocalDate today = documents.today();
        Map<String, Integer> confirmed = new HashMap<>();
        acks.forEach(a -> confirmed.merge(a.getDocumentKey(), a.getVersion(), Math::max));
        List<SecrecyFile.Owed> owed = new ArrayList<>();
        ReadingPolicy.openTasks(docs, confirmed, e.getPost().getCode(), e.getStatus(), today).stream()
                .filter(t -> t.reason() == ReadingPolicy.Reason.CHANGED)
                .forEach(t -> Reconfirmations.owed(docs.get(t.key()), confirmed.getOrDefault(t.key(), 0), false,
                        today).ifPresent(owed::add));
        owed.addAll(Reconfirmations.pledges(templates, signed.stream().map(p -> new Reconfirmations.Signature(
                        p.getPledgeKind(), p.getTemplateKey(), p.getTemplateVersion(), p.getSignedAt())).toList(),
                e.getStatus(), leaving, e.getSecrecyClass(),
                today.withDayOfYear(1).atStartOfDay(ZoneId.of(zone)).toInstant(), today));
        return owed;
    }

    /** The instants that stand for the days exit pledges were signed on paper (the start of the day entered). */
    private static Set<Instant> paperPledgeDays(List<Departure> departures) {
        Set<Instant> days = new java.util.HashSet<>();
        departures.stream().filter(d -> d.getExitPledgePaperRef() != null && d.getExitPledgeSignedAt() != null)
                .forEach(d -> days.add(d.getExitPledgeSignedAt()));
        return days;
    }

    /**
     * Whether an exit programme was completed by an exit pledge signed on paper: its completion is then the day HR
     * entered, known as a day only (printed without the 00:00 that came before the departure's opening). The
     * drill-down's rule ({@link PersonRow#completedOnPaperDay}), so that the file, the workbook and the CSV agree.
     */
    private static boolean completedOnPaperDay(Assignment a, Set<Instant> paperDays) {
        return PersonRow.completedOnPaperDay(a.getKind(), a.getCompletedAt(), paperDays);
    }

    /** The sections other features add to the file, in their order. */
    private List<SecrecyFile.Extra> extra(String employeeNo, ResourceBundle text,
                                          java.util.function.Predicate<String> callerInRole, String roles) {
        ZoneId unitZone = ZoneId.of(zone);
        return sections().stream().map(s -> {
            RecordSection.FileSection section = s.of(employeeNo, text, unitZone);
            // naming the role the copy was made for (it said "您的角色", which on paper is nobody's: outside check)
            return s.sheetFor(callerInRole) ? new SecrecyFile.Extra(section.title(), section.lines())
                    : new SecrecyFile.Extra(section.title(), List.of(MessageFormat.format(
                            text.getString("record.file.withheld"), roles)));
        }).toList();
    }

    /** The roles that read records, in the order of their rights (HR first), that the caller holds. */
    private static final List<String> READER_ROLES = List.of("HR", "ADMIN", "SECRECY_OFFICER", "AUDITOR");

    /** The caller's roles that read records, named ("人事"; several "人事、系统管理员"). */
    private static String readerRoles(java.util.function.Predicate<String> callerInRole, ResourceBundle text) {
        return String.join(text.getString("record.file.roleSeparator"), READER_ROLES.stream()
                .filter(callerInRole).map(r -> text.getString("enum.Role." + r)).toList());
    }

    /** Whether the caller's copy of a file leaves out any register (a section its roles may not open). */
    private boolean reduced(java.util.function.Predicate<String> callerInRole) {
        return sections().stream().anyMatch(s -> !s.sheetFor(callerInRole));
    }

    /**
     * Who exported a copy, as a printed page's footer names who printed it: "徐慧（hr）", a login without a person (an
     * auditor) as it is; null for none.
     */
    private String exporter(String login, ResourceBundle text) {
        if (login == null) {
            return null;
        }
        String name = employees.namesOf(List.of(login)).of(login);
        return name.equals(login) ? login : MessageFormat.format(text.getString("record.file.exporter"), name, login);
    }

    private List<RecordSection> sections() {
        return sections.stream().sorted(java.util.Comparator.comparingInt(RecordSection::order)).toList();
    }

    /**
     * The 学时 of the current year and of the year before, from the year the person was hired (someone hired this
     * year owed nothing last year: the file printed "0.0 / 8.0" for a year they did not work), or took up the post
     * if that came first (a hire in post ahead of a next year's hire date read 年度学时 无: outside check ex-s37h 1).
     */
    private List<SecrecyFile.YearHours> yearHours(Employee e) {
        int year = documents.today().getYear();
        Integer firstYear = e.getHireDate() == null ? null : history.tookUpPostOn(e)
                .filter(e.getHireDate()::isAfter).orElse(e.getHireDate()).getYear();
        return java.util.stream.IntStream.of(year, year - 1)
                .filter(y -> firstYear == null || y >= firstYear).mapToObj(y -> {
            Tally t = hours.of(e, y);
            return new SecrecyFile.YearHours(y, t.reading(), t.quizzes(), t.sessions(), t.total(), t.target());
        }).toList();
    }

    /**
     * A departure's approval form (离岗离职审批表) or hand-over's confirmation form (转岗交接确认表), as the records page
     * lists it: its number (the departure's), the person, the kind and status (as message keys) and the day it was
     * opened. Serializable as a page's row.
     */
    public record DepartureForm(long number, String employeeNo, String name, String kindKey, String statusKey,
                                LocalDate openedOn) implements java.io.Serializable {
    }

    /**
     * Every departure's form, newest first, for those who download records (an auditor among them, whom the departure
     * pages refuse): the forms could be downloaded but were linked only from HR's departure page, and no export gave
     * their numbers, so an auditor found them by guessing (outside check).
     */
    public List<DepartureForm> departureForms() {
        ZoneId unitZone = ZoneId.of(zone);
        return em.createQuery("select d from Departure d join fetch d.employee order by d.id desc", Departure.class)
                .getResultStream().map(d -> new DepartureForm(d.getId(), d.getEmployee().getEmployeeNo(),
                        d.getEmployee().getName(), kindKey(d.getKind(), d.isLoweringInPost()),
                        (d.getKind().isHandover() ? "departures.handover.status." : "enum.DepartureStatus.")
                                + d.getStatus(), LocalDate.ofInstant(d.getOpenedAt(), unitZone))).toList();
    }

    /**
     * The bundle key naming a departure's kind: a lowering within the secret-related classes keeps the person in
     * post, so it is named so, not 离岗, as the departure pages name it.
     */
    private static String kindKey(org.shoumi.portal.departures.entity.DepartureKind kind, boolean loweringInPost) {
        return loweringInPost ? "departures.kind.loweringInPost" : "enum.DepartureKind." + kind;
    }

    /** How many downloads the records page lists, newest first. */
    public static final int EXPORTS_SHOWN = 50;

    /**
     * Notes a download of people's records: by whom (the login), what, of whom (staff number, department code or
     * departure number) and for how many people. Committed before the download is sent, with its entry of the evidence
     * chain ({@code RECORD_EXPORT}).
     */
    public void exported(String by, RecordExport.Kind kind, String subject, int people) {
        // a staff number as the address gave it ("sm002") is logged as the person's number, so it is found with them
        String logged = kind == RecordExport.Kind.SECRECY_FILE && subject != null ? Employee.canonicalNumber(subject)
                : subject;
        // a hand-over's form is its confirmation form (转岗交接确认表), not an approval form: logged as what it is
        RecordExport.Kind what = kind == RecordExport.Kind.DEPARTURE_FORM && isHandover(subject)
                ? RecordExport.Kind.HANDOVER_FORM : kind;
        RecordExport export = new RecordExport(clock.instant(), by, what, logged, people);
        em.persist(export);
        em.flush();
        // appended to the evidence chain in this transaction: a download deleted from the log afterwards is named by
        // verification, and a restore that loses one shortens the chain (found by an outside check)
        exportedEvent.fire(new RecordsExported(export.getId()));
    }

    private boolean isHandover(String departureNumber) {
        if (departureNumber == null || !departureNumber.matches("[0-9]{1,18}")) {
            return false;
        }
        Departure d = em.find(Departure.class, Long.valueOf(departureNumber));
        return d != null && d.getKind().isHandover();
    }

    /** The newest downloads of people's records, newest first ({@link #EXPORTS_SHOWN} at most). */
    public List<RecordExport> recentExports() {
        return em.createNamedQuery(RecordExport.NEWEST, RecordExport.class).setMaxResults(EXPORTS_SHOWN)
                .getResultList();
    }

    /** What a download was of, in words: a person's staff number and name, a department's name, a departure's number. */
    public record Subject(String text, String textEn) {

        public String in(String language) {
            return CodedName.in(language, text, textEn);
        }
    }

    /** The subjects of these downloads in words, by the download's id. */
    public Map<Long, Subject> subjectsOf(List<RecordExport> exports) {
        List<String> numbers = exports.stream().filter(x -> x.getSubject() != null
                && (x.getKind() == RecordExport.Kind.SECRECY_FILE || x.getKind() == RecordExport.Kind.SIGNED_PLEDGE))
                .map(RecordExport::getSubject).distinct().toList();
        List<String> codes = exports.stream().filter(x -> x.getKind() == RecordExport.Kind.DEPARTMENT_FILES)
                .map(RecordExport::getSubject).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("select e.employeeNo, e.name from Employee e where e.employeeNo in :nos", Object[].class)
                    .setParameter("nos", numbers).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        Map<String, Department> departments = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select d from Department d where d.code in :codes", Department.class)
                    .setParameter("codes", codes).getResultList().forEach(d -> departments.put(d.getCode(), d));
        }
        Map<Long, Subject> subjects = new HashMap<>();
        exports.forEach(x -> subjects.put(x.getId(), subject(x, names, departments)));
        return subjects;
    }

    private static Subject subject(RecordExport x, Map<String, String> names, Map<String, Department> departments) {
        String s = x.getSubject() == null ? "" : x.getSubject();
        return switch (x.getKind()) {
            case SECRECY_FILE, SIGNED_PLEDGE -> new Subject(names.containsKey(s) ? s + " " + names.get(s) : s, null);
            case DEPARTMENT_FILES -> departments.containsKey(s)
                    ? new Subject(departments.get(s).getName(), departments.get(s).getNameEn()) : new Subject(s, null);
            case DEPARTURE_FORM, HANDOVER_FORM -> new Subject("#" + s, null);
            // the list's filter as the address gives it; the report's year and department code
            case INSPECTION_WORKBOOK, PEOPLE_LIST, YEAR_REPORT_WORKBOOK, YEAR_REPORT_PDF -> new Subject(s, null);
        };
    }

    /** How many people a department's files hold: its secret-related staff (涉密人员), and everyone. */
    public record DepartmentPeople(String code, String name, String nameEn, long secretRelated, long everyone) {

        public String nameIn(String language) {
            return CodedName.in(language, name, nameEn);
        }
    }

    /** Every department, in the unit's order, with how many people its files would hold. */
    public List<DepartmentPeople> peopleByDepartment() {
        Map<String, long[]> counts = new java.util.HashMap<>();
        Set<Long> leftSecretPosts = leftSecretPosts();
        for (Object[] row : em.createQuery("select e.department.code, e.secrecyClass, e.id from Employee e",
                Object[].class).getResultList()) {
            long[] c = counts.computeIfAbsent((String) row[0], code -> new long[2]);
            c[1]++;
            if (((SecrecyClass) row[1]).isSecretRelated() || leftSecretPosts.contains((Long) row[2])) {
                c[0]++;
            }
        }
        return em.createNamedQuery(Department.ALL, Department.class).getResultStream().map(d -> {
            long[] c = counts.getOrDefault(d.getCode(), new long[2]);
            return new DepartmentPeople(d.getCode(), d.getName(), d.getNameEn(), c[0], c[1]);
        }).toList();
    }

    /**
     * The staff numbers and names of a department's people, by staff number: its secret-related staff, or everyone
     * (leavers included: their files are kept). Empty for an unknown department.
     */
    public List<SecrecyFiles.Person> peopleIn(String departmentCode, boolean everyone) {
        Set<Long> leftSecretPosts = everyone ? Set.of() : leftSecretPosts();
        return em.createQuery("select e.employeeNo, e.name, e.secrecyClass, e.id from Employee e "
                        + "where e.department.code = :d order by e.employeeNo", Object[].class)
                .setParameter("d", departmentCode).getResultStream()
                .filter(row -> everyone || ((SecrecyClass) row[2]).isSecretRelated()
                        || leftSecretPosts.contains((Long) row[3]))
                .map(row -> new SecrecyFiles.Person((String) row[0], (String) row[1])).toList();
    }

    /**
     * The people who left a secret-related post (an approved departure from 核心, 重要 or 一般): secret-related staff
     * for their department's files whatever their class now. A 离岗 leaver's approval sets the class to 非涉密, and
     * the department's ZIP left out SM020 with his 脱密期 running (outside check).
     */
    private Set<Long> leftSecretPosts() {
        return Set.copyOf(em.createQuery("select distinct d.employee.id from Departure d where d.status = :approved "
                        + "and d.fromClass in :secret", Long.class)
                .setParameter("approved", org.shoumi.portal.departures.entity.DepartureStatus.APPROVED)
                .setParameter("secret", java.util.EnumSet.of(SecrecyClass.CORE, SecrecyClass.IMPORTANT,
                        SecrecyClass.GENERAL)).getResultList());
    }

    /** The person's secrecy file as a PDF; empty for an unknown staff number. */
    public Optional<byte[]> filePdf(String employeeNo) {
        return filePdf(employeeNo, role -> true);
    }

    /** The person's secrecy file as a PDF, as the caller may read it ({@link #file(String, java.util.function.Predicate)}). */
    public Optional<byte[]> filePdf(String employeeNo, java.util.function.Predicate<String> callerInRole) {
        return file(employeeNo, callerInRole)
                .map(f -> SecrecyFilePdf.render(f, text(), ZoneId.of(zone), unit.get(), clock.instant()));
    }

    /**
     * {@link #filePdf(String, java.util.function.Predicate)} exported by {@code by} (a login): the file names who
     * exported it and when, and a copy that leaves out registers says whose copy it is and names its roles.
     */
    public Optional<byte[]> filePdf(String employeeNo, java.util.function.Predicate<String> callerInRole, String by) {
        ResourceBundle text = text();
        String roles = readerRoles(callerInRole, text);
        String who = exporter(by, text);
        SecrecyFilePdf.Copy copy = who == null ? null : new SecrecyFilePdf.Copy(who, roles, reduced(callerInRole));
        return file(employeeNo, callerInRole, roles)
                .map(f -> SecrecyFilePdf.render(f, text, ZoneId.of(zone), unit.get(), clock.instant(), copy));
    }

    /** The approval form (离岗离职审批表) of a departure as a PDF; empty for an unknown departure. */
    public Optional<byte[]> departureFormPdf(long departureId) {
        return departureForm(departureId, null);
    }

    /** {@link #departureFormPdf(long)} exported by {@code by} (a login), who is named on it with the time. */
    public Optional<byte[]> departureFormPdf(long departureId, String by) {
        return departureForm(departureId, exporter(by, text()));
    }

    private Optional<byte[]> departureForm(long departureId, String exportedBy) {
        ResourceBundle text = text();
        return departures.detail(departureId).map(d -> {
            List<DepartureDetail.ContactRow> contacts = departures.contactChanges(departureId);
            LoginNames names = namesIn(d, contacts);
            return DepartureFormPdf.render(form(d, text, names, contactLines(contacts, text, names), ZoneId.of(zone)), text,
                    ZoneId.of(zone), unit.get(), clock.instant(), exportedBy);
        });
    }

    /** The people behind the logins a departure records (who opened, approved, declared, corrected, adjusted). */
    private LoginNames namesIn(DepartureDetail d, List<DepartureDetail.ContactRow> contacts) {
        List<String> logins = new ArrayList<>(Arrays.asList(d.openedBy(), d.approvedBy(),
                d.extra().noCarriersDeclaredBy()));
        d.extra().corrections().forEach(c -> logins.add(c.by()));
        d.extra().adjustments().forEach(a -> logins.add(a.recordedBy()));
        d.extra().entrustments().forEach(t -> logins.add(t.by()));
        d.extra().lastDayChanges().forEach(c -> logins.add(c.by()));
        contacts.forEach(c -> logins.add(c.recordedBy()));
        return employees.namesOf(logins);
    }

    static DepartureFormPdf.Form form(DepartureDetail d, ResourceBundle text, LoginNames names, List<String> contacts,
                                      ZoneId zone) {
        DepartureDetail.Extra x = d.extra();
        // a lowering within the secret-related classes is no 离岗: named so, as the page names its kind
        String move = x.move() == null ? null : MessageFormat.format(text.getString(d.isLoweringInPost()
                        ? "departures.detail.moveLowered" : "departures.detail.move"),
                x.move().departmentName(), x.move().postName(),
                text.getString("enum.SecrecyClass." + x.move().secrecyClass()));
        List<String> carriers = d.carriers().stream().map(c -> MessageFormat.format(
                text.getString("departure.form.carrierLine"), text.getString("enum.CarrierKind." + c.kind()),
                c.description(), c.returnedOn() == null ? text.getString(d.isHandover()
                        ? "departures.detail.handover.carrier.out" : "departures.detail.carrier.out")
                        : MessageFormat.format(text.getString(d.isHandover()
                        ? "departures.detail.handover.carrier.returned" : "departures.detail.carrier.returned"),
                        c.returnedOn().toString(), c.receivedBy())
                        + (c.recordedBy() == null ? "" : MessageFormat.format(
                        text.getString("departures.detail.carrier.recorded"), c.recordedOn().toString(),
                        names.of(c.recordedBy()))))).toList();
        String declaration = x.noCarriersDeclaredOn() == null ? null : MessageFormat.format(
                text.getString("departures.detail.noCarriers.declared"), x.noCarriersDeclaredOn().toString(),
                names.of(x.noCarriersDeclaredBy()));
        List<String> corrections = x.corrections().stream().map(c -> MessageFormat.format(
                text.getString("departure.form.correctionLine"), c.on().toString(), names.of(c.by()),
                text.getString("enum.CarrierKind." + c.oldKind()) + " " + c.oldDescription(),
                c.isWithdrawal() ? text.getString("departures.detail.corrections.withdrawn")
                        : text.getString("enum.CarrierKind." + c.newKind()) + " " + c.newDescription(),
                c.reason())).toList();
        String pledge = d.exitPledgeSignedOn() == null ? null : (d.isLoweringInPost()
                ? text.getString("pledge.paper.exitLoweredTitle") + text.getString("departure.form.pledgeOf") : "")
                + (d.exitPledgePaperRef() != null
                ? MessageFormat.format(text.getString("departures.detail.pledge.paper"), d.exitPledgeSignedOn().toString(),
                d.exitPledgePaperRef())
                : MessageFormat.format(text.getString("departures.detail.pledge.portal"), d.exitPledgeSignedOn().toString(),
                d.exitPledgeId()));
        List<String> adjustments = x.adjustments().stream().map(a -> adjustmentLine(a, text, names, zone)).toList();
        List<String> entrusted = entrustmentLines(x.entrustments(), text, names);
        return new DepartureFormPdf.Form(d.id(), d.employee().getEmployeeNo(), d.employee().getName(),
                x.atOpening().departmentIn("zh"), x.atOpening().postIn("zh"),
                text.getString("enum.SecrecyClass." + x.atOpening().getSecrecyClass()),
                text.getString(kindKey(d.kind(), d.isLoweringInPost())), reasonOf(d, text), d.plannedLastDay(), d.openedOn(),
                names.of(d.openedBy()), move, carriers, declaration, corrections, d.briefingOn(), d.briefingGivenBy(), pledge,
                d.approvedOn(), names.of(d.approvedBy()), text.getString("enum.SecrecyClass." + x.periodClass()),
                x.periodYears(), d.periodStart(), d.periodEnd(), x.periodOriginalEnd(), adjustments, entrusted,
                d.isHandover(), x.withdrawal() == null ? null : MessageFormat.format(
                        text.getString("departure.form.withdrawnLine"), x.withdrawal().on().toString(),
                        names.of(x.withdrawal().by()), x.withdrawal().reason()), contacts,
                lastDayLines(x.lastDayChanges(), text, names, zone),
                x.afterPost() == null ? null : x.afterPost().text(text), d.isLoweringInPost());
    }

    /**
     * The changes of a departure's planned last working day in words, as its page, the approval form, the secrecy
     * file and the workbook write them: when (to the minute, in the unit's time zone, as the page does), by whom, the
     * day before and after, why.
     */
    static List<String> lastDayLines(List<DepartureDetail.LastDayRow> changes, ResourceBundle text,
                                     LoginNames names, ZoneId zone) {
        return changes.stream().map(c -> MessageFormat.format(text.getString("departures.detail.lastDay.row"),
                MINUTE.format(c.at().atZone(zone)), names.of(c.by()), c.oldDay().toString(), c.newDay().toString(), c.reason()))
                .toList();
    }

    /**
     * One adjustment of a 脱密期 in words, as the departure page and the approval form write it: when it was recorded
     * to the minute in the unit's time zone (several on one day were listed with the day alone; outside check).
     */
    static String adjustmentLine(DepartureDetail.AdjustmentRow a, ResourceBundle text, LoginNames names, ZoneId zone) {
        return MessageFormat.format(text.getString("departures.detail.adjustments.row"),
                MINUTE.format(a.at().atZone(zone)),
                text.getString("enum.PeriodAdjustment.Kind." + a.kind()), a.oldEnd().toString(), a.newEnd().toString(),
                a.reason(), a.approvedBy(), a.documentRef() == null ? "—" : a.documentRef(), names.of(a.recordedBy()));
    }

    /** The changes of contact details or employer reported during a 脱密期, in words: when, what, who recorded it. */
    static List<String> contactLines(List<DepartureDetail.ContactRow> contacts, ResourceBundle text,
                                     LoginNames names) {
        return contacts.stream().map(c -> MessageFormat.format(text.getString("record.file.contactChange"),
                c.reportedOn().toString(), c.contact() == null ? "—" : c.contact(),
                c.employer() == null ? "—" : c.employer(), names.of(c.recordedBy()))).toList();
    }

    /**
     * A 脱密期's adjustments as the secrecy file and the workbook write them, agreeing with the approval form: the end
     * the approval gave, then each adjustment; empty for a period never adjusted.
     */
    private List<String> periodAdjustmentLines(PostExitPeriod period, List<PeriodAdjustment> adjustments,
                                               ResourceBundle text, LoginNames names) {
        if (adjustments.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(MessageFormat.format(text.getString("departure.form.originalEnd"), period.getEndDate().toString()));
        adjustments.forEach(a -> lines.add(adjustmentLine(adjustmentRow(a), text, names, ZoneId.of(zone))));
        return lines;
    }

    private DepartureDetail.AdjustmentRow adjustmentRow(PeriodAdjustment a) {
        return new DepartureDetail.AdjustmentRow(a.getRecordedAt(), a.getKind(),
                a.getOldEnd(), a.getNewEnd(), a.getReason(), a.getApprovedBy(), a.getDocumentRef(), a.getRecordedBy());
    }

    private DepartureDetail.LastDayRow lastDayRow(LastDayChange c) {
        return new DepartureDetail.LastDayRow(c.getChangedAt(), c.getChangedBy(),
                c.getOldDay(), c.getNewDay(), c.getReason());
    }

    private static DepartureDetail.ContactRow contactRow(ContactChange c) {
        return new DepartureDetail.ContactRow(c.getReportedOn(), c.getContact(), c.getEmployer(), c.getRecordedBy());
    }

    /** A departure's reason as the records write it: a hand-over's posts and HR's reason, in the bundle's language. */
    static String reasonOf(DepartureDetail d, ResourceBundle text) {
        DepartureDetail.Handover h = d.extra().handover();
        if (h == null) {
            return d.reason();
        }
        String posts = MessageFormat.format(text.getString("departures.handover.reason"), h.fromIn("zh"), h.toIn("zh"));
        return d.reason() == null ? posts
                : posts + MessageFormat.format(text.getString("departures.handover.because"), d.reason());
    }

    /** The entrustments (委托管理) of a 脱密期 in words, oldest first, the one in force marked. */
    static List<String> entrustmentLines(List<DepartureDetail.EntrustmentRow> entrustments, ResourceBundle text,
                                         LoginNames names) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < entrustments.size(); i++) {
            DepartureDetail.EntrustmentRow t = entrustments.get(i);
            String key = t.on() == null ? "departures.detail.entrust.rowBefore" : t.reason() == null
                    ? "departures.detail.entrust.row" : "departures.detail.entrust.rowChanged";
            lines.add(MessageFormat.format(text.getString(key), t.on() == null ? "" : t.on().toString(),
                    t.by() == null ? "" : names.of(t.by()), t.organisation(),
                    t.reference() == null ? "—" : t.reference(), t.reason())
                    + (i == entrustments.size() - 1 ? " " + text.getString("departures.detail.entrust.inForce") : ""));
        }
        return lines;
    }

    /** Everyone's records, one sheet per kind, for an inspection: every sheet, as a secrecy officer or auditor gets it. */
    public byte[] inspectionWorkbook() {
        return inspectionWorkbook(role -> true);
    }

    /**
     * Everyone's records, one sheet per kind, for an inspection, as the caller may read them ({@code callerInRole}
     * answers for a role's name): a feature's sheet the caller's roles may not read is left out
     * ({@link RecordSection#sheetFor}: the incident register is not HR's).
     */
    public byte[] inspectionWorkbook(java.util.function.Predicate<String> callerInRole) {
        return inspectionWorkbook(callerInRole, List.of());
    }

    /**
     * A restore of an earlier backup found on a start: when it was found, and the time of the newest evidence the copy
     * put back held (null when unknown). Downloads noted after that time were in the database the restore replaced.
     */
    public record Restore(Instant foundAt, Instant copyUpTo) {
    }

    /**
     * As {@link #inspectionWorkbook(java.util.function.Predicate)}, and the downloads sheet (导出记录) ends with a line
     * for each restore of an earlier backup found ({@code restores}, newest first): the downloads after the copy's time
     * may be missing from it (found by an outside check: the sheet read as complete after a restore had lost some).
     */
    public byte[] inspectionWorkbook(java.util.function.Predicate<String> callerInRole, List<Restore> restores) {
        ResourceBundle text = text();
        DocumentTitles titles = new DocumentTitles();
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department join fetch e.post "
                + "order by e.employeeNo", Employee.class).getResultList();
        List<List<String>> roster = sheet(text, "record.sheet.people.header");
        List<List<String>> programmes = sheet(text, "record.sheet.programmes.header");
        List<List<String>> readings = sheet(text, "record.sheet.readings.header");
        List<List<String>> tests = sheet(text, "record.sheet.attempts.header");
        List<List<String>> signed = sheet(text, "record.sheet.pledges.header");
        List<List<String>> leaving = sheet(text, "record.sheet.exits.header");
        List<List<String>> changed = sheet(text, "record.sheet.history.header");
        Everyone everyone = new Everyone(text);
        Map<Long, SpecialPledgeRows.LetterFor> letters = specialPledges.namedDepartments(
                everyone.pledges.values().stream().flatMap(List::stream).toList());
        Map<String, List<DocumentVersion>> docs = acknowledgeable();
        Map<String, List<DocumentVersion>> templates = documents.all(DocumentKind.PLEDGE);
        Set<String> leavingNow = departures.leavingThePost();
        for (Employee e : people) {
            String no = e.getEmployeeNo();
            List<SecrecyFile.Owed> owed = owed(e, everyone.acknowledgements(e), everyone.pledges(e), docs, templates,
                    leavingNow.contains(no));
            Set<Instant> paperDays = paperPledgeDays(everyone.departures(e));
            roster.add(List.of(no, e.getName(), e.getDepartment().getName(), e.getPost().getName(),
                    text.getString("enum.SecrecyClass." + e.getSecrecyClass()),
                    text.getString("enum.EmployeeStatus." + e.getStatus()), String.valueOf(e.getHireDate())));
            everyone.changes(no).forEach(c -> changed.add(List.of(no, e.getName(), String.valueOf(c.effectiveOn()),
                    c.what(), c.source(), c.by(), minute(c.recordedAt()), c.reason())));
            everyone.assignments(e).forEach(a -> programmes.add(List.of(no, e.getName(),
                    text.getString(programmeKey(a, everyone.departures(e), ZoneId.of(zone))),
                    String.valueOf(a.getStartedOn()),
                    String.valueOf(a.getDue()), completedOnPaperDay(a, paperDays) ? day(a.getCompletedAt())
                            : time(a.getCompletedAt()), time(a.getClosedAt()),
                    a.getClosedAt() == null ? "" : text.getString(a.getClosedBecause() == null
                            ? "record.closedBecause.unknown" : "enum.ClosedBecause." + a.getClosedBecause()),
                    a.getCampaignCode() == null ? "" : a.getCampaignCode())));
            everyone.acknowledgements(e).forEach(a -> readings.add(List.of(no, e.getName(), titles.of(a),
                    String.valueOf(a.getVersion()), time(a.getAcknowledgedAt()), String.valueOf(a.getReadingSeconds()),
                    a.getSha256())));
            // the version in force not confirmed after a material change, as the secrecy file says it
            owed.stream().filter(o -> !o.pledge()).forEach(o -> readings.add(List.of(no, e.getName(), o.title(),
                    String.valueOf(o.version()), SecrecyFilePdf.owed(o, text), "", "")));
            Map<Long, String> superseded = superseded(everyone.attempts(no), everyone.revocations.keySet(), text);
            everyone.attempts(no).forEach(a -> tests.add(List.of(no, e.getName(), a.getQuiz().getTitle(),
                    String.valueOf(a.getNumber()), time(a.getFinishedAt()),
                    a.getPercent() == null ? "" : SecrecyFilePdf.plain(a.getPercent()),
                    SecrecyFilePdf.verdict(verdict(a), everyone.revocations.get(a.getId()),
                            superseded.get(a.getId()), text)
                            + SecrecyFilePdf.handedIn(a.getStatus() == AttemptStatus.EXPIRED, text))));
            List<List<String>> own = new ArrayList<>();
            Set<Long> withdrawn = withdrawnExitPledges(everyone.departures(e));
            everyone.pledges(e).forEach(p -> own.add(List.of(no, e.getName(),
                    letterTitle(pledgeTitle(p.getTitle(), withdrawn.contains(p.getId()), text), letters.get(p.getId()),
                            text),
                    String.valueOf(p.getTemplateVersion()), time(p.getSignedAt()), p.getSha256(), p.getClientAddress(),
                    "")));
            // the exit pledges signed on paper are the person's pledges too, marked 纸质 with where the original is
            everyone.departures(e).stream().filter(d -> d.getExitPledgePaperRef() != null).forEach(d -> own.add(
                    List.of(no, e.getName(), pledgeTitle(paperTitle(d, text), d.isWithdrawn(), text),
                            // a day entered on paper: the day, with no time invented
                            text.getString("pledge.paper.mark"), day(d.getExitPledgeSignedAt()), "", "",
                            d.getExitPledgePaperRef())));
            own.sort(java.util.Comparator.comparing(row -> row.get(4)));
            signed.addAll(own);
            owed.stream().filter(SecrecyFile.Owed::pledge).forEach(o -> signed.add(List.of(no, e.getName(), o.title(),
                    String.valueOf(o.version()), SecrecyFilePdf.owed(o, text), "", "", "")));
            // each row with its form's number (the departure's), last, so that a row is matched to its paper form and
            // the form downloaded (records/departure?id=…; outside check: no export gave it)
            List<Departure> ownDepartures = everyone.departures(e);
            List<SecrecyFile.Exit> ownExits = everyone.exits(e);
            java.util.stream.IntStream.range(0, ownExits.size()).forEach(i -> {
                SecrecyFile.Exit x = ownExits.get(i);
                leaving.add(List.of(no, e.getName(), x.kind(), x.status(),
                    x.department(), x.post(), x.classBefore(), x.classAfter() == null ? "" : x.classAfter(),
                    String.valueOf(x.plannedLastDay()), x.carriersText(text),
                    // a 离职 after a 离岗 had its briefing and exit pledge at the 离岗: said, not left blank
                    x.briefingOn() != null ? x.briefingOn().toString()
                            : x.afterPost() != null ? text.getString("record.exit.atLeavingPost") : "",
                    x.afterPost() != null && !x.pledge() ? text.getString("record.exit.atLeavingPost")
                            : x.pledgeText(text, ""),
                    x.approvedOn() == null ? "" : x.approvedOn().toString(),
                    // a hand-over (转岗交接) starts no 脱密期, nor does a 离职 after a 离岗 (the 离岗's runs on): said, not
                    // left blank as if one were missing
                    x.periodStart() != null ? x.periodStart().toString()
                            : x.handover() ? text.getString("record.exit.handoverNoPeriod")
                            : x.afterPost() != null ? x.afterPost()
                            // a non-secret leaver owes none: the file's words, not a blank read as missing data
                            : x.approvedWithoutPeriod() ? text.getString("record.file.noPeriod")
                            // not approved yet: the period its approval will start
                            : x.periodPending() != null ? x.periodPending() : "",
                    x.periodEnd() != null ? x.periodEnd().toString()
                            : x.approvedWithoutPeriod() ? text.getString("record.file.noPeriod") : "",
                    x.withdrawal() == null ? "" : x.withdrawal(),
                    String.join("\n", x.adjustments()), String.join("\n", x.contacts()),
                    String.join("\n", x.lastDayChanges()),
                    // the class the 脱密期 follows (the highest in the look-back months), as the approval form says
                    x.periodClass() == null ? "" : x.periodClass(), String.valueOf(ownDepartures.get(i).getId())));
            });
        }
        sheets.put(text.getString("record.sheet.people"), roster);
        sheets.put(text.getString("record.sheet.history"), changed);
        sheets.put(text.getString("record.sheet.programmes"), programmes);
        sheets.put(text.getString("record.sheet.readings"), readings);
        sheets.put(text.getString("record.sheet.attempts"), tests);
        sheets.put(text.getString("record.sheet.pledges"), signed);
        sheets.put(text.getString("record.sheet.exits"), leaving);
        sheets.put(text.getString("record.sheet.attendance"), attendance(text));
        ZoneId unitZone = ZoneId.of(zone);
        for (RecordSection section : sections()) {
            if (!section.sheetFor(callerInRole)) {
                continue;
            }
            RecordSection.Sheet sheet = section.sheet(text, unitZone);
            List<List<String>> rows = new ArrayList<>();
            rows.add(sheet.header());
            rows.addAll(sheet.rows());
            sheets.put(sheet.name(), rows);
        }
        List<List<String>> exports = sheet(text, "record.sheet.exports.header");
        Map<String, String> names = new HashMap<>();
        people.forEach(e -> names.put(e.getEmployeeNo(), e.getName()));
        Map<String, Department> departments = new HashMap<>();
        em.createNamedQuery(Department.ALL, Department.class).getResultList().forEach(d -> departments.put(d.getCode(), d));
        LoginNames exporters = employees.loginNames();
        em.createNamedQuery(RecordExport.ALL, RecordExport.class).getResultStream().forEach(x -> exports.add(List.of(
                time(x.getExportedAt()), exporters.of(x.getExportedBy()), text.getString("enum.RecordExport.Kind." + x.getKind()),
                subject(x, names, departments).text(), String.valueOf(x.getPeople()))));
        // after the downloads, one line per restore found: the list is not complete for the time after the copy
        restores.forEach(r -> exports.add(List.of(r.copyUpTo() == null
                ? MessageFormat.format(text.getString("record.sheet.exports.restored.noCopyTime"), time(r.foundAt()))
                : MessageFormat.format(text.getString("record.sheet.exports.restored"), time(r.foundAt()),
                        time(r.copyUpTo())))));
        sheets.put(text.getString("record.sheet.exports"), exports);
        return InspectionWorkbook.write(sheets);
    }

    /**
     * Offline sessions' attendance, one row per person and session: the session's code, day and topic, the person
     * with their department on that day, how it was recorded (签到码, 签到表导入, 保密办补录), who recorded it (by name)
     * and when (an auditor read it only person by person in the secrecy files: outside check).
     */
    private List<List<String>> attendance(ResourceBundle text) {
        List<List<String>> rows = sheet(text, "record.sheet.attendance.header");
        List<org.shoumi.portal.sessions.boundary.Rows.AttendanceRecord> all = sessions.allAttendances();
        LoginNames names = employees.namesOf(all.stream()
                .map(org.shoumi.portal.sessions.boundary.Rows.AttendanceRecord::recordedBy).toList());
        Map<String, String> departmentNames = new HashMap<>();
        em.createNamedQuery(Department.ALL, Department.class).getResultList()
                .forEach(d -> departmentNames.put(d.getCode(), d.getName()));
        all.forEach(a -> rows.add(List.of(a.sessionCode(), day(a.startsAt()), a.topic(), a.employeeNo(), a.name(),
                departmentNames.getOrDefault(a.departmentOnTheDay(), a.departmentOnTheDay()),
                text.getString("enum.AttendanceSource." + a.how().name()), names.of(a.recordedBy()),
                time(a.recordedAt()))));
        return rows;
    }

    /** The sessions the person attended, each with who recorded the attendance (by name) and when. */
    private List<SecrecyFile.Session> attended(String employeeNo, ResourceBundle text) {
        List<org.shoumi.portal.sessions.boundary.Rows.Attended> rows = sessions.attendedBy(employeeNo);
        LoginNames names = employees.namesOf(rows.stream()
                .map(org.shoumi.portal.sessions.boundary.Rows.Attended::recordedBy).toList());
        return rows.stream().map(a -> new SecrecyFile.Session(text.getString("enum.SessionKind." + a.kind().name()),
                a.topic(), a.startsAt(), a.hours(), text.getString("enum.AttendanceSource." + a.how().name()),
                names.of(a.recordedBy()), a.recordedAt())).toList();
    }

    /** The person's history in words (Chinese, as the whole file). */
    private List<SecrecyFile.Change> changes(String employeeNo, ResourceBundle text) {
        List<HistoryRow> rows = history.of(employeeNo);
        LoginNames names = employees.namesOf(rows.stream().map(HistoryRow::changedBy).toList());
        return rows.stream().map(h -> change(h, names, text)).toList();
    }

    private static SecrecyFile.Change change(HistoryRow h, LoginNames names, ResourceBundle text) {
        return new SecrecyFile.Change(h.effectiveOn(), describe(h, text),
                text.getString(h.sourceKey()), names.of(h.changedBy()),
                h.reason() == null ? "" : h.reason(), h.changedAt());
    }

    static String describe(HistoryRow h, ResourceBundle text) {
        List<String> parts = new ArrayList<>();
        if (h.isHire()) {
            parts.add(text.getString("employees.history.hired"));
        }
        if (h.isDepartmentChanged()) {
            parts.add(text.getString("employees.history.department") + "：" + h.oldDepartment().name() + " → "
                    + h.newDepartment().name());
        }
        if (h.isPostChanged()) {
            parts.add(text.getString("employees.history.post") + "：" + h.oldPost().name() + " → "
                    + h.newPost().name());
        }
        if (h.isClassChanged()) {
            parts.add(text.getString("employees.history.class") + "：" + text.getString("enum.SecrecyClass."
                    + h.oldClass()) + " → " + text.getString("enum.SecrecyClass." + h.newClass()));
        }
        if (h.isStatusChanged()) {
            parts.add(text.getString("employees.history.status") + "：" + text.getString("enum.EmployeeStatus."
                    + h.oldStatus()) + " → " + text.getString("enum.EmployeeStatus." + h.newStatus()));
        }
        if (h.isNameChanged()) {
            parts.add(text.getString("employees.history.name") + "：" + h.oldName() + " → " + h.newName());
        }
        return String.join("；", parts);
    }

    /** The titles of the documents people acknowledged, looked up once per document version. */
    private final class DocumentTitles {

        private final Map<String, String> known = new HashMap<>();

        String of(Acknowledgement a) {
            return known.computeIfAbsent(a.getDocumentKey() + "#" + a.getVersion(), k -> documents
                    .version(a.getDocumentKey(), a.getVersion()).map(DocumentVersion::getTitle)
                    .orElse(a.getDocumentKey()));
        }
    }

    private static List<List<String>> sheet(ResourceBundle text, String headerKey) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text.getString(headerKey).split("\\|")));
        return rows;
    }

    /**
     * The revoked certificates, by attempt: what the files and the workbook say instead of "passed" (the day, who,
     * why; the exam is void). Revocations are few, so all of them are read at once. Who revoked is named as every
     * other sheet names people: the person behind the login, the login only for one without a person (it read "由
     * officer 撤销": outside check).
     */
    private Map<Long, String> revocations(ResourceBundle text) {
        Map<Long, String> revoked = new HashMap<>();
        List<Object[]> rows = em.createQuery("select c.attemptId, c.revokedAt, c.revokedBy, c.revokeReason "
                + "from IssuedCertificate c where c.revokedAt is not null", Object[].class).getResultList();
        LoginNames names = employees.namesOf(rows.stream().map(r -> (String) r[2]).toList());
        rows.forEach(r -> revoked.put((Long) r[0], MessageFormat.format(text.getString("record.file.revoked"),
                time((Instant) r[1]), names.of((String) r[2]), r[3])));
        return revoked;
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.of(zone)));
    }

    /** The day of an instant that stands for a day entered on paper (its 00:00 is no time anyone noted). */
    private String day(Instant at) {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneId.of(zone)).toString();
    }

    /** A time to the minute in the unit's zone, as the pages show when a record was made. */
    private String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(ZoneId.of(zone)));
    }

    private List<Assignment> assignments(Employee e) {
        return em.createNamedQuery(Assignment.OF_EMPLOYEE, Assignment.class).setParameter("employee", e).getResultList();
    }

    private List<Acknowledgement> acknowledgements(Employee e) {
        return em.createNamedQuery(Acknowledgement.OF_EMPLOYEE, Acknowledgement.class).setParameter("employee", e)
                .getResultList();
    }

    /**
     * A campaign's or plan item's programme named by its title beside its code (a plan item's programme read
     * "在岗培训（P2026-1-6）", a code nobody knows by heart; outside check).
     */
    private String campaignName(String code, ResourceBundle text) {
        return campaignQuizzes.titleOf(code)
                .map(t -> MessageFormat.format(text.getString("record.file.campaignNamed"), t, code))
                .orElseGet(() -> MessageFormat.format(text.getString("record.file.campaign"), code));
    }

    /** The person's finished attempts as the file lists them, a superseded pass marked so. */
    private List<SecrecyFile.Attempt> fileAttempts(List<Attempt> attempts, Map<Long, String> revocations,
                                                   ResourceBundle text) {
        Map<Long, String> superseded = superseded(attempts, revocations.keySet(), text);
        return attempts.stream().map(a -> new SecrecyFile.Attempt(a.getQuiz().getTitle(), a.getNumber(),
                a.getFinishedAt(), a.getPercent(), verdict(a), revocations.get(a.getId()),
                a.getStatus() == AttemptStatus.EXPIRED, superseded.get(a.getId()))).toList();
    }

    /**
     * Of one person's finished attempts, the passes a later failure superseded (a quiz graded by the last attempt,
     * {@link PassRule}, as the result page, 我的成绩 and the certificate check read them through
     * {@code QuizAttempts.supersededBy}; void attempts count neither way), by attempt: what the file and the workbook
     * say instead of a bare "合格", which contradicted the 学时 and /verify.xhtml (outside check). The attempts stay as
     * they were.
     */
    private Map<Long, String> superseded(List<Attempt> attempts, Set<Long> revoked, ResourceBundle text) {
        Map<Long, String> superseded = new HashMap<>();
        Instant now = clock.instant();
        attempts.stream().filter(a -> a.getStatus().isFinished() && !revoked.contains(a.getId()))
                .filter(a -> a.getQuiz().getGradingMethod() == QuizPolicy.GradingMethod.LAST)
                .collect(java.util.stream.Collectors.groupingBy(a -> a.getQuiz().getId()))
                .values().forEach(ofQuiz -> {
                    List<PassRule.Taken> taken = ofQuiz.stream().map(Records::taken).toList();
                    ofQuiz.stream().filter(a -> Boolean.TRUE.equals(a.getPassed()))
                            .forEach(a -> PassRule.supersededBy(taken(a), taken, QuizPolicy.GradingMethod.LAST, now)
                                    .ifPresent(t -> superseded.put(a.getId(), MessageFormat.format(
                                            text.getString("record.file.superseded"), t.number(),
                                            time(t.finishedAt())))));
                });
        return superseded;
    }

    private static PassRule.Taken taken(Attempt a) {
        return new PassRule.Taken(a.getNumber(), a.getFinishedAt(), Boolean.TRUE.equals(a.getPassed()));
    }

    /**
     * Passed or not; null for a quiz without a pass mark (the mistakes practice, a contest scored only), which the
     * records said "合格" with 0 points (outside check).
     */
    static Boolean verdict(Attempt a) {
        return a.getQuiz().getPassPercent() <= 0 ? null : Boolean.TRUE.equals(a.getPassed());
    }

    private List<Attempt> attempts(String employeeNo) {
        return em.createQuery("select a from Attempt a join fetch a.quiz where a.personKey = :p "
                        + "and a.status <> :open order by a.finishedAt", Attempt.class)
                .setParameter("p", employeeNo).setParameter("open", AttemptStatus.IN_PROGRESS).getResultList();
    }

    private List<SecrecyFile.Exit> exits(Employee e, ResourceBundle text) {
        List<PostExitPeriod> periods = em.createNamedQuery(PostExitPeriod.OF_EMPLOYEE, PostExitPeriod.class)
                .setParameter("employee", e).getResultList();
        List<Departure> all = em.createQuery("select d from Departure d where d.employee = :e order by d.openedAt",
                Departure.class).setParameter("e", e).getResultList();
        return all.stream().map(d -> {
                    List<DepartureDetail.EntrustmentRow> rows = departures.entrustments(d.getId());
                    List<DepartureDetail.LastDayRow> lastDays = departures.lastDayChanges(d.getId());
                    List<String> who = new ArrayList<>(rows.stream().map(DepartureDetail.EntrustmentRow::by).toList());
                    lastDays.forEach(c -> who.add(c.by()));
                    if (d.getWithdrawnBy() != null) {
                        who.add(d.getWithdrawnBy());
                    }
                    if (d.getNoCarriersDeclaredBy() != null) {
                        who.add(d.getNoCarriersDeclaredBy());
                    }
                    Optional<PostExitPeriod> period = periodOf(d, periods);
                    List<PeriodAdjustment> adjustments = period.map(p -> em.createNamedQuery(
                            PeriodAdjustment.OF_PERIOD, PeriodAdjustment.class).setParameter("period", p)
                            .getResultList()).orElse(List.of());
                    List<ContactChange> contacts = period.map(p -> em.createNamedQuery(ContactChange.OF_PERIOD,
                            ContactChange.class).setParameter("period", p).getResultList()).orElse(List.of());
                    adjustments.forEach(a -> who.add(a.getRecordedBy()));
                    contacts.forEach(c -> who.add(c.getRecordedBy()));
                    LoginNames names = employees.namesOf(who);
                    return exit(d, all, periods, text, names).withEntrustments(entrustmentLines(rows, text, names))
                            .withLastDayChanges(lastDayLines(lastDays, text, names, ZoneId.of(zone)))
                            .withPeriodChanges(period.map(p -> periodAdjustmentLines(p, adjustments, text, names))
                                    .orElse(List.of()), contactLines(contacts.stream().map(Records::contactRow)
                                    .toList(), text, names));
                }).toList();
    }

    /**
     * A departure as the person's file and the workbook write it; {@code names} has the name of who withdrew it,
     * {@code all} and {@code periods} are the person's departures and 脱密期s (a 离职 after a 离岗 names the day the post
     * was left and the period that runs on).
     */
    private SecrecyFile.Exit exit(Departure d, List<Departure> all, List<PostExitPeriod> periods, ResourceBundle text,
                                  LoginNames names) {
        Optional<PostExitPeriod> period = periodOf(d, periods);
        return new SecrecyFile.Exit(text.getString(kindKey(d.getKind(), d.isLoweringInPost())),
                text.getString((d.getKind().isHandover() ? "departures.handover.status." : "enum.DepartureStatus.")
                        + d.getStatus()), d.getPlannedLastDay(),
                // the lines that count, as the departure's page and list count them: a line withdrawn as entered by
                // mistake is neither out nor returned ("载体已清退 2/6" for an approved exit; outside check)
                d.activeCarriers().size(), (int) d.activeCarriers().stream().filter(c -> c.isReturned()).count(),
                d.getBriefingOn(), d.getExitPledgeSignedAt() != null || d.getExitPledgePaperRef() != null,
                d.getApprovedOn(), period.map(PostExitPeriod::getStartDate).orElse(null),
                period.map(PostExitPeriod::getCurrentEnd).orElse(null), d.getKind().isHandover())
                .withPledgeOnPaper(d.getExitPledgePaperRef())
                .withPeriodClass(period.map(p -> text.getString("enum.SecrecyClass." + p.getSecrecyClass()))
                        .orElse(null))
                .withAtOpening(d.getFromDepartment().getName(), d.getFromPost().getName(),
                        text.getString("enum.SecrecyClass." + d.getFromClass()),
                        d.getTargetClass() == null ? null : text.getString("enum.SecrecyClass." + d.getTargetClass()))
                .withWithdrawal(d.getWithdrawnAt() == null ? null : MessageFormat.format(
                        text.getString("record.file.withdrawn"),
                        LocalDate.ofInstant(d.getWithdrawnAt(), ZoneId.of(zone)).toString(),
                        names.of(d.getWithdrawnBy()), d.getWithdrawReason()))
                // a 离职 after a 离岗 (not one withdrawn as opened by mistake, which says so instead)
                .withAfterPost(!d.isAfterLeftPost() || d.isWithdrawn() ? null : Departures.afterLeftPost(
                        LocalDate.ofInstant(d.getOpenedAt(), ZoneId.of(zone)), all, periods).text(text))
                // open: the 脱密期 its approval will start (its length, from the approval), not 无脱密期
                .withPeriodPending(departures.pendingPeriod(d).map(p -> MessageFormat.format(
                        text.getString("record.file.periodPending"), p.years(),
                        text.getString("enum.SecrecyClass." + p.secrecyClass()))).orElse(null))
                // "none held", declared: said with when and by whom, as the departure's page says it
                .withNoCarriers(!d.isNoCarriersDeclared() ? null : MessageFormat.format(
                        text.getString("departures.detail.noCarriers.declared"),
                        LocalDate.ofInstant(d.getNoCarriersDeclaredAt(), ZoneId.of(zone)).toString(),
                        names.of(d.getNoCarriersDeclaredBy())))
                // its pledge is the 降低涉密类别保密承诺书, not the 离岗离职保密承诺书 (outside check: the file named one paper
                // original both ways)
                .withLoweredInPost(d.isLoweringInPost());
    }

    /**
     * The bundle key naming a programme in the records: the exit training of a lowering within the secret-related
     * classes (the person stays in post) is named as the lowering's, not 离岗培训 (outside check: the file and the
     * workbook listed it so beside 降低涉密类别（仍在岗）). The departure that gave it is the person's latest opened at or
     * before the instant it was given and on or before the day it started (a hand-over and a 离职 after a 离岗 give
     * none): matched by the day alone, a 离职 opened the day of a lowering renamed the lowering's training (ex-s38g 3).
     */
    static String programmeKey(Assignment a, List<Departure> departures, ZoneId zone) {
        if (a.getKind() != org.shoumi.portal.programmes.entity.ProgrammeKind.EXIT || a.getStartedOn() == null) {
            return "enum.ProgrammeKind." + a.getKind();
        }
        // the one rule the person's pages, HR's lists and the reminders follow (Departures.exitProgrammesOfLowerings)
        List<ExitProgrammeOrigin.Opening> openings = departures.stream()
                .filter(d -> !d.isCarriersOnly()) // a hand-over or a 离职 after a 离岗 gives no exit programme
                .sorted(java.util.Comparator.comparing(Departure::getOpenedAt).thenComparing(Departure::getId))
                .map(d -> new ExitProgrammeOrigin.Opening(LocalDate.ofInstant(d.getOpenedAt(), zone),
                        d.getOpenedAt(), d.isLoweringInPost()))
                .toList();
        return ExitProgrammeOrigin.byLoweringInPost(openings, a.getStartedOn(), a.getAssignedAt())
                ? "programme.kind.loweringInPost"
                : "enum.ProgrammeKind.EXIT";
    }

    private static Optional<PostExitPeriod> periodOf(Departure d, List<PostExitPeriod> periods) {
        return periods.stream().filter(p -> p.getDeparture().getId().equals(d.getId())).findFirst();
    }

    /**
     * Everyone's records for the unit's workbook, each kind read in one query and grouped by person, in the order
     * the person's file uses. One query per person and kind (the person's file) took about 11 queries per person,
     * which does not scale to a unit of 100,000 people.
     */
    private final class Everyone {

        private final ResourceBundle text;
        private final Map<String, List<HistoryRow>> history;
        private final LoginNames names;
        private final Map<Long, List<Assignment>> assignments;
        private final Map<Long, List<Acknowledgement>> acknowledgements;
        private final Map<String, List<Attempt>> attempts = new HashMap<>();
        private final Map<Long, List<SignedPledge>> pledges;
        private final Map<Long, List<PostExitPeriod>> periods;
        private final Map<Long, List<Departure>> departures;
        private final Map<Long, List<PeriodAdjustment>> adjustments;
        private final Map<Long, List<ContactChange>> contacts;
        private final Map<Long, List<LastDayChange>> lastDays;
        private final Map<Long, String> revocations;

        Everyone(ResourceBundle text) {
            this.text = text;
            this.history = Records.this.history.ofEveryone();

            this.assignments = byPerson("select a.employee.id, a from Assignment a order by a.startedOn, a.id",
                    Assignment.class);
            this.acknowledgements = byPerson("select a.employee.id, a from Acknowledgement a "
                    + "order by a.documentKey, a.version", Acknowledgement.class);
            em.createQuery("select a from Attempt a join fetch a.quiz where a.status <> :open order by a.finishedAt",
                            Attempt.class).setParameter("open", AttemptStatus.IN_PROGRESS).getResultList()
                    .forEach(a -> attempts.computeIfAbsent(a.getPersonKey(), k -> new ArrayList<>()).add(a));
            this.pledges = byPerson("select p.employee.id, p from SignedPledge p order by p.signedAt",
                    SignedPledge.class);
            this.periods = byPerson("select p.employee.id, p from PostExitPeriod p order by p.endDate desc",
                    PostExitPeriod.class);
            this.departures = byPerson("select d.employee.id, d from Departure d order by d.openedAt", Departure.class);
            // by period: each 脱密期's adjustments and reported contact changes, as the approval form lists them
            this.adjustments = byPerson("select a.period.id, a from PeriodAdjustment a order by a.recordedAt, a.id",
                    PeriodAdjustment.class);
            this.contacts = byPerson("select c.period.id, c from ContactChange c order by c.reportedOn, c.id",
                    ContactChange.class);
            // by departure: the changes of its planned last working day
            this.lastDays = byPerson("select c.departure.id, c from LastDayChange c order by c.changedAt, c.id",
                    LastDayChange.class);
            // who changed the history and who withdrew a departure opened by mistake, in people's names
            List<String> who = new ArrayList<>(history.values().stream().flatMap(List::stream)
                    .map(HistoryRow::changedBy).toList());
            departures.values().stream().flatMap(List::stream).map(Departure::getWithdrawnBy)
                    .filter(java.util.Objects::nonNull).forEach(who::add);
            departures.values().stream().flatMap(List::stream).map(Departure::getNoCarriersDeclaredBy)
                    .filter(java.util.Objects::nonNull).forEach(who::add);
            adjustments.values().stream().flatMap(List::stream).map(PeriodAdjustment::getRecordedBy).forEach(who::add);
            contacts.values().stream().flatMap(List::stream).map(ContactChange::getRecordedBy).forEach(who::add);
            lastDays.values().stream().flatMap(List::stream).map(LastDayChange::getChangedBy).forEach(who::add);
            this.names = employees.namesOf(who);
            this.revocations = Records.this.revocations(text);
        }

        private <T> Map<Long, List<T>> byPerson(String query, Class<T> type) {
            Map<Long, List<T>> found = new HashMap<>();
            for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
                found.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(type.cast(row[1]));
            }
            return found;
        }

        List<SecrecyFile.Change> changes(String employeeNo) {
            return history.getOrDefault(employeeNo, List.of()).stream().map(h -> change(h, names, text)).toList();
        }

        List<Assignment> assignments(Employee e) {
            return assignments.getOrDefault(e.getId(), List.of());
        }

        List<Acknowledgement> acknowledgements(Employee e) {
            return acknowledgements.getOrDefault(e.getId(), List.of());
        }

        List<Attempt> attempts(String employeeNo) {
            return attempts.getOrDefault(employeeNo, List.of());
        }

        List<SignedPledge> pledges(Employee e) {
            return pledges.getOrDefault(e.getId(), List.of());
        }

        List<Departure> departures(Employee e) {
            return departures.getOrDefault(e.getId(), List.of());
        }

        List<SecrecyFile.Exit> exits(Employee e) {
            List<PostExitPeriod> own = periods.getOrDefault(e.getId(), List.of());
            return departures.getOrDefault(e.getId(), List.of()).stream().map(d -> {
                Optional<PostExitPeriod> period = periodOf(d, own);
                SecrecyFile.Exit x = exit(d, departures.getOrDefault(e.getId(), List.of()), own, text, names)
                        .withLastDayChanges(lastDayLines(lastDays
                        .getOrDefault(d.getId(), List.of()).stream().map(Records.this::lastDayRow).toList(), text,
                        names, ZoneId.of(zone)));
                return period.map(p -> x.withPeriodChanges(periodAdjustmentLines(p, adjustments.getOrDefault(p.getId(),
                        List.of()), text, names), contactLines(contacts.getOrDefault(p.getId(), List.of()).stream()
                        .map(Records::contactRow).toList(), text, names))).orElse(x);
            }).toList();
        }
    }

    /**
     * The person's pledges, oldest first: those signed in the portal and the exit pledges signed on paper that HR
     * recorded on their departures (the file said "保密承诺书 无" for a leaver whose pledge was on paper).
     */
    private List<SecrecyFile.Pledge> pledgesWithPaper(Employee e, ResourceBundle text) {
        List<SecrecyFile.Pledge> all = new ArrayList<>();
        List<Departure> departures = em.createQuery("select d from Departure d where d.employee = :e",
                Departure.class).setParameter("e", e).getResultList();
        Set<Long> withdrawn = withdrawnExitPledges(departures);
        List<SignedPledge> signed = pledges(e);
        Map<Long, SpecialPledgeRows.LetterFor> letters = specialPledges.namedDepartments(signed);
        signed.forEach(p -> all.add(new SecrecyFile.Pledge(letterTitle(topicTitle(pledgeTitle(p.getTitle(),
                withdrawn.contains(p.getId()), text), p.getTopicIssueId(), text), letters.get(p.getId()), text),
                p.getTemplateVersion(), p.getSignedAt(), p.getSha256())));
        departures.stream().filter(d -> d.getExitPledgePaperRef() != null).forEach(d -> all.add(paperPledge(d, text)));
        all.sort(java.util.Comparator.comparing(SecrecyFile.Pledge::signedAt));
        return all;
    }

    /**
     * A topic pledge's title with the issue it answered (number, topic, occasion): the file said only "专项保密承诺书"
     * (outside check). Any other pledge's title as it is.
     */
    private String topicTitle(String title, Long issueId, ResourceBundle text) {
        if (issueId == null) {
            return title;
        }
        org.shoumi.portal.pledges.entity.TopicPledgeIssue issue =
                em.find(org.shoumi.portal.pledges.entity.TopicPledgeIssue.class, issueId);
        return issue == null ? title : MessageFormat.format(text.getString("record.file.pledgeTopic"), title,
                Long.toString(issueId), text.getString("enum.PledgeTopic." + issue.getTopic().name()),
                issue.getOccasion());
    }

    /**
     * A responsibility letter's title with the department it names ({@link SpecialPledges#namedDepartments}): the
     * file said "部门保密工作责任书（第1版）" under the header of the department the person is in now, though the letter
     * was signed for another (outside check). Any other pledge's title as it is.
     */
    private static String letterTitle(String title, SpecialPledgeRows.LetterFor letter, ResourceBundle text) {
        return letter == null ? title
                : MessageFormat.format(text.getString("record.file.pledgeLetter"), title, letter.departmentName());
    }

    private static SecrecyFile.Pledge paperPledge(Departure d, ResourceBundle text) {
        return SecrecyFile.Pledge.onPaper(pledgeTitle(paperTitle(d, text), d.isWithdrawn(), text),
                d.getExitPledgeSignedAt(), d.getExitPledgePaperRef());
    }

    /** The title of a departure's exit pledge signed on paper: the pledge of a lowered class for a lowering in post. */
    private static String paperTitle(Departure d, ResourceBundle text) {
        return text.getString(d.isLoweringInPost() ? "pledge.paper.exitLoweredTitle" : "pledge.paper.exitTitle");
    }

    /**
     * The exit pledges signed in the portal for a departure withdrawn as opened by mistake: kept like any signature,
     * but listed as belonging to a withdrawn departure (they read like any other pledge; outside check).
     */
    private static Set<Long> withdrawnExitPledges(List<Departure> departures) {
        Set<Long> ids = new java.util.HashSet<>();
        departures.stream().filter(d -> d.isWithdrawn() && d.getExitPledgeId() != null)
                .forEach(d -> ids.add(d.getExitPledgeId()));
        return ids;
    }

    /** A pledge's title as the records list it, marked when its departure was withdrawn as opened by mistake. */
    private static String pledgeTitle(String title, boolean ofWithdrawnDeparture, ResourceBundle text) {
        return ofWithdrawnDeparture ? MessageFormat.format(text.getString("pledge.ofWithdrawnDeparture"), title) : title;
    }

    private List<SignedPledge> pledges(Employee e) {
        return em.createNamedQuery(SignedPledge.OF_EMPLOYEE, SignedPledge.class).setParameter("employee", e)
                .getResultList();
    }

    private static ResourceBundle text() {
        return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
    }
}
