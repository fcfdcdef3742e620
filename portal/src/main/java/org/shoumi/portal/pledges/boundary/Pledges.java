package org.shoumi.portal.pledges.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.portal.organisation.boundary.UnitName;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.control.MarkdownRenderer;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.pledges.boundary.PledgeRefusedException.Reason;
import org.shoumi.portal.pledges.control.PledgeChanges;
import org.shoumi.portal.pledges.control.PledgePdf;
import org.shoumi.portal.pledges.control.PledgeText;
import org.shoumi.portal.pledges.control.PledgeValidity;
import org.shoumi.portal.pledges.control.SignatureImage;
import org.shoumi.portal.pledges.control.SpecialPledgeRules;
import org.shoumi.portal.pledges.control.TypedSignature;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.programmes.control.ProgrammeRules;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.boundary.LoginOutcome;
import org.shoumi.portal.vetting.boundary.Vettings;

/**
 * Signing pledges. A person may sign the pledge an open programme of theirs asks for, once the steps before it
 * are done (the onboarding pledge after the onboarding exam). The text is the template in force filled with
 * their facts; the signature counts only with their password, their name as on the roster and a drawn
 * signature, and only for the very text they were shown (same SHA-256).
 */
@ApplicationScoped
@Boundary
public class Pledges {

    /** Pledges are Chinese documents: facts and labels are filled in Chinese whatever the UI language. */
    private static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<PledgeSigned> signedEvents;

    @Inject
    EvidenceLog evidence;

    @Inject
    Employees employees;

    @Inject
    Documents documents;

    @Inject
    Programmes programmes;

    @Inject
    Accounts accounts;

    @Inject
    UnitName unit;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Departures departures;

    @Inject
    Vettings vettings;

    @Inject
    SpecialPledges special;

    Clock clock = Clock.systemUTC();

    /**
     * The kinds of pledge this person must sign: those their open programmes ask for, the in-post pledge when
     * their yearly one has expired (see {@link PledgeValidity}), and those {@link SpecialPledges} says they owe
     * (a topic pledge issued to them, a department head's yearly letter, a pledge re-opened by a material change).
     */
    public List<PledgeKind> due(String username) {
        return person(username).map(p -> {
            // once the 离岗 or 离职 is opened, not the pledges that commit the person to the post, whatever asks for them
            // (an in-post programme's pledge step too): the exit pledge says the opposite (outside check)
            boolean leaving = special.leaving(p);
            return Arrays.stream(PledgeKind.values())
                    .filter(k -> !(leaving && PledgeValidity.endsWhenLeaving(k)))
                    .filter(k -> programmes.awaitingPledge(p, k).isPresent()
                            || k == PledgeKind.IN_POST && owesYearly(p, leaving) || special.owes(p, k)).toList();
        }).orElse(List.of());
    }

    /**
     * When the pledge of this kind is not due now but a programme of the person whose window has not opened asks for
     * it: the day it opens (the sign page says so instead of offering the form); empty otherwise.
     */
    public Optional<LocalDate> opensOn(String username, PledgeKind kind) {
        return person(username).filter(p -> !due(username).contains(kind))
                .flatMap(p -> programmes.pledgeOpensOn(p, kind));
    }

    /** The topic pledges (专项保密承诺) this person still owes, one per issue, oldest first. */
    public List<TopicDue> dueTopics(String username) {
        return person(username).map(special::openTopics).orElse(List.of());
    }

    /** The person's yearly commitment: when it was last made and until when it holds; empty without a person. */
    public Optional<YearlyPledge> yearly(String username) {
        return person(username).map(p -> {
            LocalDate last = lastYearly(p);
            // none while the 离岗 or 离职 is open: the home page asked a leaver for this year's in-post pledge beside
            // the exit pledge (outside check)
            boolean leaving = PledgeValidity.applies(p.getSecrecyClass(), p.getStatus()) && special.leaving(p);
            // owed again too when this year's was signed on a template version a material change replaced
            boolean expired = owesYearly(p, leaving);
            boolean reopened = !leaving && !expired && special.owes(p, PledgeKind.IN_POST);
            return new YearlyPledge(last, last == null ? null : PledgeValidity.validUntil(last), expired || reopened,
                    PledgeValidity.applies(p.getSecrecyClass(), p.getStatus(), leaving), reopened);
        });
    }

    /**
     * Whether the person signed this version of the template with exactly this text (by its SHA-256) already; a new
     * version that re-opens signing (a material change) is signed again even where its text reads the same.
     */
    private boolean signedAlready(Employee person, DocumentVersion template, String sha256) {
        return em.createQuery("select count(s) from SignedPledge s where s.employee = :e and s.sha256 = :h "
                        + "and s.templateKey = :k and s.templateVersion = :v", Long.class)
                .setParameter("e", person).setParameter("h", sha256).setParameter("k", template.getDocumentKey())
                .setParameter("v", template.getVersion()).getSingleResult() > 0;
    }

    /**
     * Whether the person owes the yearly in-post pledge: expired or never signed, and not leaving the post
     * ({@code leaving}, as {@link SpecialPledges#leaving} answered it).
     */
    private boolean owesYearly(Employee p, boolean leaving) {
        return PledgeValidity.owes(p.getSecrecyClass(), p.getStatus(), leaving, lastYearly(p), documents.today());
    }

    /** The day (unit calendar) of the person's newest in-post or onboarding pledge; null when none. */
    private LocalDate lastYearly(Employee p) {
        Instant last = em.createQuery("select max(s.signedAt) from SignedPledge s where s.employee = :e "
                        + "and s.pledgeKind in :kinds", Instant.class).setParameter("e", p)
                .setParameter("kinds", List.of(PledgeKind.IN_POST, PledgeKind.ONBOARDING)).getSingleResult();
        return last == null ? null : LocalDate.ofInstant(last, ZoneId.of(zone));
    }

    /** The pledge of this kind filled in for the person, as they would sign it now. */
    public PledgeDraft draft(String username, PledgeKind kind) {
        return draft(username, kind, null);
    }

    /**
     * The pledge of this kind filled in for the person; for a topic pledge, the one of this issue (null: their
     * oldest open one), refused ({@link Reason#NOT_DUE}) when they owe no such issue.
     */
    public PledgeDraft draft(String username, PledgeKind kind, Long issue) {
        Employee person = person(username).orElseThrow(() -> new PledgeRefusedException(Reason.NO_PERSON));
        refuseWhenLeaving(person, kind);
        TopicDue topic = topicOf(person, kind, issue);
        DocumentVersion template = template(kind, person);
        PledgeText.Filled filled = fill(template, person, topic);
        return new PledgeDraft(kind, template.getDocumentKey(), template.getVersion(), template.getTitle(),
                MarkdownRenderer.toHtml(filled.text()), filled.sha256(), topic == null ? null : topic.issueId());
    }

    /**
     * For a pledge signed again after its template changed (the agreement, the in-post pledge, the letters): the
     * version of the template in force the person signed last, and the 修改说明 of each later version up to the one in
     * force; empty when they signed none of it, signed the one in force, or no later version has a note.
     */
    public Optional<PledgeChanges.Since> changesSince(String username, PledgeKind kind) {
        if (!PledgeChanges.signedAgain(kind)) {
            return Optional.empty();
        }
        return person(username).flatMap(p -> {
            List<DocumentVersion> inForce = templates(kind);
            if (inForce.isEmpty()) {
                return Optional.empty();
            }
            DocumentVersion current = template(kind, p);
            Integer signed = em.createQuery("select max(s.templateVersion) from SignedPledge s where s.employee = :e "
                            + "and s.pledgeKind = :k and s.templateKey = :key", Integer.class).setParameter("e", p)
                    .setParameter("k", kind).setParameter("key", current.getDocumentKey()).getSingleResult();
            return PledgeChanges.since(documents.versions(current.getDocumentKey()).stream()
                    .map(v -> new PledgeChanges.Change(v.getVersion(), v.getChangeNote())).toList(),
                    signed == null ? 0 : signed, current.getVersion());
        });
    }

    /**
     * For a topic pledge, the issue it answers (refused when not owed: {@link Reason#TOPIC_OUT_OF_POST} for someone
     * who left the post or the unit, {@link Reason#TOPIC_LEAVING_POST} for someone whose 离岗 or 离职 is under way, whose
     * issues stay on record unsigned); null for any other kind.
     */
    private TopicDue topicOf(Employee person, PledgeKind kind, Long issue) {
        if (kind != PledgeKind.TOPIC) {
            return null;
        }
        Optional<Reason> ended = topicsEnded(person);
        if (ended.isPresent()) {
            throw new PledgeRefusedException(ended.get());
        }
        return special.topicToSign(person, issue).orElseThrow(() -> new PledgeRefusedException(
                issue != null && special.isWithdrawn(issue) ? Reason.TOPIC_WITHDRAWN
                        : issue != null && special.endedByLeaving(person, issue) ? Reason.TOPIC_ENDED_BY_LEAVING
                        : Reason.NOT_DUE));
    }

    /**
     * Why this person may no longer sign a topic pledge, if so: they left the post or the unit, or their 离岗 or 离职 is
     * under way (the sign page says so instead of "page not found"); and for the issue asked for ({@code issue}, null
     * for none) whether leaving the post ended it before the person was put back on a secret post
     * ({@link Reason#TOPIC_ENDED_BY_LEAVING}) or the secrecy office withdrew it ({@link Reason#TOPIC_WITHDRAWN}).
     */
    public Optional<Reason> topicsEndedFor(String username, Long issue) {
        return person(username).flatMap(p -> topicsEnded(p)
                .or(() -> issue != null && special.isWithdrawn(issue) && special.addressedTo(p, issue)
                        ? Optional.of(Reason.TOPIC_WITHDRAWN) : Optional.empty())
                .or(() -> issue != null && special.endedByLeaving(p, issue)
                ? Optional.of(Reason.TOPIC_ENDED_BY_LEAVING) : Optional.empty()));
    }

    /**
     * Why this person may not sign a pledge of this kind now, if so: their 离岗 or 离职 is under way and the pledge
     * commits them to the post ({@link Reason#LEAVING_POST}, {@link PledgeValidity#endsWhenLeaving}); the sign page
     * says so instead of "page not found".
     */
    public Optional<Reason> endedByLeaving(String username, PledgeKind kind) {
        return person(username).filter(p -> PledgeValidity.endsWhenLeaving(kind) && special.leaving(p))
                .map(p -> Reason.LEAVING_POST);
    }

    /** Refuses ({@link Reason#LEAVING_POST}) a pledge that commits to the post while the person is leaving it. */
    private void refuseWhenLeaving(Employee person, PledgeKind kind) {
        if (PledgeValidity.endsWhenLeaving(kind) && special.leaving(person)) {
            throw new PledgeRefusedException(Reason.LEAVING_POST);
        }
    }

    private Optional<Reason> topicsEnded(Employee person) {
        if (SpecialPledgeRules.outOfPost(person.getStatus())) {
            return Optional.of(Reason.TOPIC_OUT_OF_POST);
        }
        return special.standing(person).outOfPost() ? Optional.of(Reason.TOPIC_LEAVING_POST) : Optional.empty();
    }

    /**
     * Signs; refused (and nothing stored) unless every condition holds. A wrong password still counts towards
     * the account's lockout, so the refusal does not roll back. A step of the programme still missing before the
     * pledge is refused with a {@link StepRefusedException}, before the password is even checked.
     */
    @Transactional(dontRollbackOn = {Refusal.class, PledgeRefusedException.class})
    public SignedPledge sign(Signing s) {
        Employee person = person(s.username()).orElseThrow(() -> new PledgeRefusedException(Reason.NO_PERSON));
        // one signature at a time per person: a double click or a second tab waits here, then finds it signed
        em.refresh(person, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        // the in-post pledge of someone whose 离岗 or 离职 is open: signed one second after the exit pledge, the two
        // texts contradicting each other in the secrecy file (outside check)
        refuseWhenLeaving(person, s.kind());
        // issue 16: a topic pledge answers one issue the person owes (the occasion is in its text)
        TopicDue topic = topicOf(person, s.kind(), s.issue());
        // (a leaver's in-post pledge was refused above)
        if (programmes.awaitingPledge(person, s.kind()).isEmpty()
                && !(s.kind() == PledgeKind.IN_POST && owesYearly(person, false)) && !special.owes(person, s.kind())) {
            throw new PledgeRefusedException(Reason.NOT_DUE);
        }
        if (s.kind() == PledgeKind.ONBOARDING && vettings.vettingMissing(person.getEmployeeNo())) {
            // 核心 and 重要: the secrecy office records the vetting (上岗审查) before anything is signed
            if (vettings.vettingNotPassed(person.getEmployeeNo())) {
                throw new PledgeRefusedException(Reason.VETTING_NOT_PASSED);
            }
            // raised into the class (or back in post): the vetting for it is missing, not any vetting (the refusal
            // said 尚无您的上岗审查记录 while the file showed a passed one from before the raise; outside check ex-s38g 5)
            Optional<Vettings.Awaited> awaited = vettings.awaitedInPost(person.getEmployeeNo());
            throw awaited.map(a -> PledgeRefusedException.vettingAwaited(a.since(), a.secrecyClass()))
                    .orElseGet(() -> new PledgeRefusedException(Reason.VETTING_MISSING));
        }
        programmes.requireStepsBefore(person, pledgeStep(s.kind()));
        if (s.kind() == PledgeKind.EXIT) {
            // its text says the carriers were returned and the briefing given: both must be on the record first
            List<String> missing = departures.missingBeforeExitPledge(person.getEmployeeNo());
            if (!missing.isEmpty()) {
                throw new PledgeRefusedException(Reason.EXIT_STEPS_MISSING, missing);
            }
        }
        DocumentVersion template = template(s.kind(), person);
        PledgeText.Filled filled = fill(template, person, topic);
        if (template.getVersion() != s.version() || !filled.sha256().equals(s.sha256())) {
            throw new PledgeRefusedException(Reason.TEXT_CHANGED);
        }
        if (s.kind() == PledgeKind.IN_POST && signedAlready(person, template, filled.sha256())) {
            // the year's in-post pledge with this very text (its period in it) is on record: a second one counts for
            // nothing and was counted twice in the year-end report and the workbook (outside check)
            throw new PledgeRefusedException(Reason.NOT_DUE);
        }
        LoginOutcome login = accounts.authenticate(s.username(), s.password());
        if (login.status() == LoginOutcome.Status.LOCKED) {
            throw new PledgeRefusedException(Reason.LOCKED);
        }
        if (login.status() != LoginOutcome.Status.SUCCESS) {
            throw new PledgeRefusedException(Reason.WRONG_PASSWORD);
        }
        if (s.typedName() == null || !s.typedName().strip().equals(person.getName())) {
            throw new PledgeRefusedException(Reason.NAME_MISMATCH);
        }
        if (s.typedSignature() != null && !s.typedSignature().isBlank()
                && !TypedSignature.isName(s.typedSignature(), person.getName())) {
            // the server draws what was typed as the signature: it must be the signer's own name
            throw new PledgeRefusedException(Reason.SIGNATURE_NOT_NAME);
        }
        // a signature typed in the form's field is written by the server; otherwise the pad's picture counts
        byte[] png = (s.typedSignature() != null && !s.typedSignature().isBlank()
                ? TypedSignature.png(s.typedSignature()).flatMap(SignatureImage::accepted)
                : SignatureImage.decode(s.signatureDataUrl()))
                .orElseThrow(() -> new PledgeRefusedException(Reason.NO_SIGNATURE));
        Instant now = clock.instant();
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, DOCUMENT_LOCALE);
        String signedAt = DateTimeFormatter.ofPattern(labels.getString("pledge.pdf.timePattern"))
                .format(now.atZone(ZoneId.of(zone)));
        byte[] pdf = PledgePdf.render(new PledgePdf.Signed(template.getTitle(), filled.text(), png,
                person.getName(), signedAt, filled.sha256(),
                // the template by its title and version, and the terminal it was signed on (not the internal key)
                MessageFormat.format(labels.getString("pledge.pdf.referenceValue"), template.getTitle(),
                        Integer.toString(template.getVersion()), java.util.Objects.toString(s.clientAddress(), "—")),
                new PledgePdf.Labels(labels.getString("pledge.pdf.signature"), labels.getString("pledge.pdf.typedName"),
                        labels.getString("pledge.pdf.signedAt"), labels.getString("pledge.pdf.sha256"),
                        labels.getString("pledge.pdf.reference"))));
        SignedPledge signed = new SignedPledge(person, template.getDocumentKey(), template.getVersion(), s.kind(),
                template.getTitle(), filled.text(), filled.sha256(), s.typedName().strip(), s.username(), now,
                s.clientAddress(), s.userAgent(), png, pdf, topic == null ? null : topic.issueId());
        em.persist(signed);
        em.flush();
        // an exit pledge counts on the open departure, in this transaction; the programmes re-check after the commit
        signedEvents.fire(new PledgeSigned(signed.getId(), person.getEmployeeNo(), s.kind().name(), now));
        // last, so the chain head stays locked as briefly as possible (and after the departure's row, as approvals do)
        evidence.append(EvidenceKind.SIGNED_PLEDGE, signed.getId());
        return signed;
    }

    /**
     * Refuses ({@link StepRefusedException}) while a step that comes before this pledge in an open programme of
     * the person is not done: the onboarding pledge waits for the onboarding exam (and so for the reading). The
     * sign page asks as it opens, and {@link #sign} asks again.
     */
    public void requireStepsBefore(String username, PledgeKind kind) {
        Employee person = person(username).orElseThrow(() -> new PledgeRefusedException(Reason.NO_PERSON));
        programmes.requireStepsBefore(person, pledgeStep(kind));
    }

    /**
     * What signing the pledge of this kind still waits for in an open programme of the person (the in-post pledge
     * for the programme's reading and exam, the onboarding pledge for the onboarding's): the refusal {@link #sign}
     * would give, with the steps left; empty when nothing holds it back. The home page, 我的承诺书 and the sign page
     * say so instead of urging a signature that is then refused.
     */
    public Optional<StepRefusedException> waitingFor(String username, PledgeKind kind) {
        return person(username).flatMap(p -> programmes.stepsMissingBefore(p, pledgeStep(kind)));
    }

    /**
     * For the onboarding pledge of a 核心 or 重要 person: whether it waits for the vetting (上岗审查) the secrecy
     * office has to record first. The sign page says so as it opens; {@link #sign} refuses until then.
     */
    public boolean vettingMissing(String username, PledgeKind kind) {
        return kind == PledgeKind.ONBOARDING
                && person(username).map(p -> vettings.vettingMissing(p.getEmployeeNo())).orElse(false);
    }

    /**
     * For the onboarding pledge of a person in post raised into 核心 or 重要 (or back in post): the day and the class
     * whose 上岗审查 it waits for (the earlier vetting does not count for it); empty otherwise. The sign page says so
     * as it opens.
     */
    public Optional<Vettings.Awaited> vettingAwaited(String username, PledgeKind kind) {
        return kind == PledgeKind.ONBOARDING
                ? person(username).flatMap(p -> vettings.awaitedInPost(p.getEmployeeNo())) : Optional.empty();
    }

    /**
     * For the onboarding pledge: whether the person's newest vetting says not passed (the sign page says so rather
     * than that no vetting is on record).
     */
    public boolean vettingNotPassed(String username, PledgeKind kind) {
        return kind == PledgeKind.ONBOARDING
                && person(username).map(p -> vettings.vettingNotPassed(p.getEmployeeNo())).orElse(false);
    }

    /**
     * For an exit pledge: the exit checklist items still missing before it may be signed (carriers, briefing), as
     * item names in order; empty when it may be signed or the kind is not the exit pledge.
     */
    public List<String> missingBeforeSigning(String username, PledgeKind kind) {
        if (kind != PledgeKind.EXIT) {
            return List.of();
        }
        return person(username).map(p -> departures.missingBeforeExitPledge(p.getEmployeeNo())).orElse(List.of());
    }

    /**
     * Whether the exit pledge the login owes is the pledge of a lowered class: their open departure is a lowering
     * within the secret-related classes that keeps them in post ({@link Departures#loweredTo}). Their own pages name it
     * and the steps before it so, not 离岗 (outside check).
     */
    public boolean exitIsLowering(String username) {
        return person(username).map(p -> departures.loweredTo(p.getEmployeeNo()).isPresent()).orElse(false);
    }

    /** How many signed each version of a pledge template (the document history's count), by version. */
    public java.util.Map<Integer, Long> signedPerVersion(String templateKey) {
        java.util.Map<Integer, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select s.templateVersion, count(s) from SignedPledge s "
                + "where s.templateKey = :key group by s.templateVersion", Object[].class)
                .setParameter("key", templateKey).getResultList()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The pledges this person has signed, oldest first. */
    public List<SignedPledge> of(String username) {
        return person(username).map(p -> em.createNamedQuery(SignedPledge.OF_EMPLOYEE, SignedPledge.class)
                .setParameter("employee", p).getResultList()).orElse(List.of());
    }

    /**
     * The exit pledges this person signed on paper, recorded by HR on their departures: listed with the pledges
     * signed in the portal, marked as on paper with where the original is kept.
     */
    public List<Departures.PaperPledge> paperOf(String username) {
        return person(username).map(p -> departures.paperPledgesOf(p.getEmployeeNo())).orElse(List.of());
    }

    /** Of this person's pledges signed in the portal, the exit pledges of a departure withdrawn as opened by mistake. */
    public java.util.Set<Long> ofWithdrawnDepartures(String username) {
        return person(username).map(p -> departures.withdrawnExitPledgeIds(p.getEmployeeNo()))
                .orElse(java.util.Set.of());
    }

    /** How many exit pledges were signed on paper, outside any version of the template. */
    public long paperExitPledges() {
        return departures.paperPledgeCount();
    }

    /** The archived PDF: for the signer, or for anyone allowed to read every record. */
    public Optional<byte[]> pdf(long id, String username, boolean mayReadAll) {
        return archived(id, username, mayReadAll).map(ArchivedPdf::bytes);
    }

    /** A signed pledge's archived PDF as handed out: its bytes, the signer's staff number, and whether it is theirs. */
    public record ArchivedPdf(byte[] bytes, String signerNo, boolean own) {
    }

    /** As {@link #pdf}, with who signed it and whether the login is theirs (someone else's download is noted). */
    public Optional<ArchivedPdf> archived(long id, String username, boolean mayReadAll) {
        SignedPledge p = em.find(SignedPledge.class, id);
        if (p == null) {
            return Optional.empty();
        }
        boolean own = person(username).map(e -> e.getId().equals(p.getEmployee().getId())).orElse(false);
        return own || mayReadAll ? Optional.of(new ArchivedPdf(p.getPdf(), p.getEmployee().getEmployeeNo(), own))
                : Optional.empty();
    }

    private PledgeText.Filled fill(DocumentVersion template, Employee person, TopicDue topic) {
        ResourceBundle labels = ResourceBundle.getBundle(BUNDLE, DOCUMENT_LOCALE);
        LocalDate today = documents.today();
        LocalDate[] period = PledgeText.period(template.getPledgeKind(), today, person.getHireDate(), null, 0);
        PledgeText.Facts facts = new PledgeText.Facts(person.getName(), person.getEmployeeNo(),
                person.getDepartment().getName(), person.getPost().getName(),
                labels.getString("enum.SecrecyClass." + person.getSecrecyClass().name()), unit.get(), today,
                period[0], period[1]);
        // an exit pledge is signed before the approval that starts the 脱密期: it states the length and that it
        // runs from the approval day, never a date the record does not hold yet
        PledgeText.ExitTerms exit = null;
        if (template.getPledgeKind() == PledgeKind.EXIT) {
            int years = departures.expectedPeriodYears(person.getEmployeeNo());
            exit = new PledgeText.ExitTerms(years, labels.getString("pledge.exit.startPhrase"),
                    MessageFormat.format(labels.getString("pledge.exit.endPhrase"), years),
                    departures.loweredTo(person.getEmployeeNo())
                            .map(c -> labels.getString("enum.SecrecyClass." + c.name())).orElse(null));
        }
        return PledgeText.fill(template.getBody(), facts,
                DateTimeFormatter.ofPattern(labels.getString("pledge.datePattern")), exit,
                topic == null ? null : special.printed(topic));
    }

    /**
     * The template in force of this kind for the person. The exit pledge has two, chosen by the leaver's departure
     * ({@link PledgeText#exitTemplateKey}): the one that states the 脱密期 for a leaver who owes one, and the one that
     * states none for a leaver who owes none (no secret-related class in the look-back months, or a class configured
     * with 0 years): a 非涉密 leaver was asked to promise a "脱密期为0年" as a 涉密人员 leaving a 涉密岗位 (outside check),
     * and again after a wording fix of the period, when the choice still went by the text's {{periodYears}}. An
     * installation that has only one of them uses it.
     */
    private DocumentVersion template(PledgeKind kind, Employee person) {
        List<DocumentVersion> inForce = templates(kind);
        if (kind == PledgeKind.EXIT) {
            String key = PledgeText.exitTemplateKey(departures.expectedPeriodYears(person.getEmployeeNo()),
                    departures.loweredTo(person.getEmployeeNo()).isPresent());
            Optional<DocumentVersion> fitting = inForce.stream().filter(v -> v.getDocumentKey().equals(key))
                    .findFirst();
            if (fitting.isPresent()) {
                return fitting.get();
            }
        }
        return inForce.stream().findFirst().orElseThrow(() -> new PledgeRefusedException(Reason.NO_TEMPLATE));
    }

    /** The templates in force of this kind, in the order first published. */
    private List<DocumentVersion> templates(PledgeKind kind) {
        LocalDate today = documents.today();
        return documents.all(DocumentKind.PLEDGE).values().stream()
                .map(versions -> DocumentTimeline.current(versions, today))
                .flatMap(Optional::stream)
                .filter(v -> v.getPledgeKind() == kind)
                .toList();
    }

    private static ProgrammeRules.Step pledgeStep(PledgeKind kind) {
        return new ProgrammeRules.Step(ProgrammeRules.StepKind.PLEDGE, kind.name());
    }

    private Optional<Employee> person(String username) {
        return employees.personOf(username);
    }
}
