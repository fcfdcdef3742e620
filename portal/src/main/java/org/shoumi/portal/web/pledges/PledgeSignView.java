package org.shoumi.portal.web.pledges;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.pledges.boundary.PledgeDraft;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.pledges.boundary.PledgeRefusedException;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.Signing;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.web.departures.DepartureRefusals;
import org.shoumi.portal.web.programmes.StepRefusals;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * Signing one pledge: the filled-in text, then password, name and drawn signature. The text shown is the text
 * signed: its hash travels with the form and the server refuses a signature for any other text.
 */
@Named
@ViewScoped
public class PledgeSignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Pledges pledges;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Actions actions;

    @Inject
    Times times;

    @Inject
    org.shoumi.portal.hours.boundary.TrainingHours hours;

    @Inject
    org.shoumi.portal.inspections.boundary.SelfInspections inspections;

    private String kind;
    private String issue;
    private PledgeDraft draft;
    private String password;
    private String typedName;
    private String signature;
    private String signatureLines;
    private String typedSignature;
    private Signed signed;
    private java.time.LocalDate opensOn;
    private List<StepRefusals.Waiting> waiting = List.of();
    private java.util.ArrayList<String> exitSteps = new java.util.ArrayList<>();
    private boolean exitIsLowering;
    private org.shoumi.portal.pledges.control.PledgeChanges.Since changes;
    private YearRecord yearRecord;
    private List<org.shoumi.portal.inspections.boundary.Rows.Task> openInspections = List.of();

    /**
     * This year's hours as recorded, beside the in-post pledge: its text commits to the training and the
     * self-inspection and claims neither (the first wording certified both, which the record might not hold:
     * outside check), and the page shows what the record holds as a hint.
     */
    public record YearRecord(java.math.BigDecimal total, java.math.BigDecimal target, java.math.BigDecimal reading,
                             java.math.BigDecimal quizzes, java.math.BigDecimal sessions, boolean met)
            implements Serializable {
    }

    public void load() throws IOException {
        PledgeKind pledgeKind = parse(kind);
        if (pledgeKind == null) {
            NotFound.answer(external);
            return;
        }
        if (!pledges.due(external.getRemoteUser()).contains(pledgeKind) || !issueDue(pledgeKind)) {
            // no longer due: signed already (Back after signing gave 页面不存在). The page says when, with its PDF;
            // a kind this person never signed stays unknown. For a topic pledge the issue in the address counts: with
            // another issue still owed, Back after signing this one gave 页面不存在 too (outside check)
            signed = signedOf(pledgeKind).orElse(null);
            // the in-post pledge of someone whose 离岗 or 离职 is open: "my pledges" says why, not 页面不存在
            java.util.Optional<PledgeRefusedException.Reason> leaving = signed != null ? java.util.Optional.empty()
                    : pledges.endedByLeaving(external.getRemoteUser(), pledgeKind);
            // asked for by a programme not open yet (next year's plan item): the page says from when, no form
            opensOn = leaving.isPresent() ? null : pledges.opensOn(external.getRemoteUser(), pledgeKind).orElse(null);
            java.util.Optional<PledgeRefusedException.Reason> ended = leaving.or(() -> signed == null
                    && opensOn == null && pledgeKind == PledgeKind.TOPIC
                    ? pledges.topicsEndedFor(external.getRemoteUser(), issueId(issue)) : java.util.Optional.empty());
            if (ended.isPresent()) {
                // left the post or leaving it, or an issue a leaving ended before a re-post: the issue stays on record,
                // unsigned; "my pledges" says why, not 页面不存在
                messages.warn("pledge.refused." + ended.get().name());
                external.redirect(external.getRequestContextPath() + "/pledges/mine.xhtml");
                return;
            }
            if (signed == null && opensOn == null) {
                NotFound.answer(external);
            }
            return;
        }
        if (draft == null) {
            try {
                draft = pledges.draft(external.getRemoteUser(), pledgeKind, issueId(issue));
            } catch (PledgeRefusedException refused) {
                NotFound.answer(external);
                return;
            }
            if (pledges.vettingNotPassed(external.getRemoteUser(), pledgeKind)) {
                messages.warn("pledge.refused.VETTING_NOT_PASSED");
            } else if (pledges.vettingMissing(external.getRemoteUser(), pledgeKind)) {
                // HR or the officer records it; signing waits. Raised into the class: the vetting for it is missing
                pledges.vettingAwaited(external.getRemoteUser(), pledgeKind).ifPresentOrElse(
                        a -> messages.warn("pledge.refused.VETTING_AFTER_RAISE_MISSING", a.since().toString(),
                                messages.text("enum.SecrecyClass." + a.secrecyClass().name())),
                        () -> messages.warn("pledge.refused.VETTING_MISSING"));
            }
            // the text may be read; instead of a form that would be refused, the page names what is left
            waiting = StepRefusals.waiting(pledges.waitingFor(external.getRemoteUser(), pledgeKind));
            // an exit pledge before HR has finished the departure's steps: the page names them, in the signer's
            // words, as the home page does, and offers no form (outside tester: the whole form, password and all,
            // was shown, only to be refused on submit)
            exitSteps = new java.util.ArrayList<>(pledges.missingBeforeSigning(external.getRemoteUser(), pledgeKind));
            // the pledge of a lowering that keeps the person in post: its steps are named so, not as 离岗 (outside check)
            exitIsLowering = pledgeKind == PledgeKind.EXIT && !exitSteps.isEmpty()
                    && pledges.exitIsLowering(external.getRemoteUser());
            // signed again after a change of the template: what changed since the version signed (outside check: the
            // officer's 修改说明 was shown for rules and duties, not here)
            changes = pledges.changesSince(external.getRemoteUser(), pledgeKind).orElse(null);
            if (pledgeKind == PledgeKind.IN_POST) {
                yearRecord = hours.thisYearOf(external.getRemoteUser()).map(t -> new YearRecord(t.total(),
                        t.target(), t.reading(), t.quizzes(), t.sessions(), t.met())).orElse(null);
                openInspections = List.copyOf(inspections.toFill(external.getRemoteUser()));
            }
        }
    }

    /** This year's recorded hours, for the in-post pledge (null for other pledges or a person with no target). */
    public YearRecord getYearRecord() {
        return yearRecord;
    }

    /** The self-inspections asked of the signer and not submitted, for the in-post pledge. */
    public List<org.shoumi.portal.inspections.boundary.Rows.Task> getOpenInspections() {
        return openInspections;
    }

    /** Whether the page shows the in-post pledge's hint of this year's record. */
    public boolean isInPostHint() {
        return draft != null && "IN_POST".equals(kind) && (yearRecord != null || !openInspections.isEmpty());
    }

    public String sign() {
        if (draft == null) {
            return actions.reopen("/pledges/mine");
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        if (draft == null) {
            // a post without the page's text (the page was signed already, or its view is gone): nothing to sign
            password = null;
            messages.warn("pledge.refused.NOT_DUE");
            return Actions.redirect("/pledges/mine.xhtml");
        }
        try {
            pledges.sign(new Signing(external.getRemoteUser(), draft.kind(), draft.version(), draft.sha256(), secret,
                    typedName, signature, request.getRemoteAddr(), request.getHeader("User-Agent"), draft.issue(),
                    typedSignature));
            messages.info("pledge.signed", draft.title());
            return Actions.redirect("/pledges/mine.xhtml");
        } catch (StepRefusedException tooEarly) {
            // a step became undone while the page was open: the page lists what is left instead of the form
            waiting = StepRefusals.waiting(java.util.Optional.of(tooEarly));
            return null;
        } catch (DepartureRefusedException beforeChecklist) {
            // the departure's checklist changed while the page was open: nothing was signed
            DepartureRefusals.show(messages, beforeChecklist, null);
            return null;
        } catch (PledgeRefusedException refused) {
            if (refused.reason() == PledgeRefusedException.Reason.NOT_DUE) {
                // signed meanwhile (a second click, another tab): the list shows the signature
                messages.warn("pledge.refused.NOT_DUE");
                return Actions.redirect("/pledges/mine.xhtml");
            }
            if (refused.reason() == PledgeRefusedException.Reason.EXIT_STEPS_MISSING) {
                // a step undone while the page was open: the page lists what is left instead of the form
                exitSteps = new java.util.ArrayList<>(refused.missing());
                return null;
            }
            if (refused.reason() == PledgeRefusedException.Reason.VETTING_AFTER_RAISE_MISSING) {
                messages.error("pledge.refused." + refused.reason().name(), refused.since().toString(),
                        messages.text("enum.SecrecyClass." + refused.secrecyClass().name()));
                return null;
            }
            messages.error("pledge.refused." + refused.reason().name());
            refused.missing().forEach(step -> messages.error("home.exitStep." + step));
            if (refused.reason() == PledgeRefusedException.Reason.TEXT_CHANGED) {
                draft = pledges.draft(external.getRemoteUser(), draft.kind(), draft.issue());
            }
            return null;
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
        }
    }

    /**
     * For a topic pledge with an issue in the address, whether the person still owes that issue; true otherwise
     * (the draft then answers for the kind, or refuses an issue not theirs).
     */
    private boolean issueDue(PledgeKind pledgeKind) {
        Long issueId = issueId(issue);
        return pledgeKind != PledgeKind.TOPIC || issueId == null || pledges.dueTopics(external.getRemoteUser())
                .stream().anyMatch(t -> t.issueId() == issueId);
    }

    /**
     * The newest pledge of this kind the person signed in the portal (of the issue in the address, for a topic
     * pledge), if any: their own only.
     */
    private java.util.Optional<Signed> signedOf(PledgeKind pledgeKind) {
        Long issueId = issueId(issue);
        return pledges.of(external.getRemoteUser()).stream().filter(p -> p.getPledgeKind() == pledgeKind)
                .filter(p -> issueId == null || issueId.equals(p.getTopicIssueId()))
                .max(java.util.Comparator.comparing(org.shoumi.portal.pledges.entity.SignedPledge::getSignedAt))
                .map(p -> new Signed(p.getId(), p.getTitle(), p.getTemplateVersion(), p.getSignedAt()));
    }

    /** A pledge of the page's kind this person signed already: shown instead of the form. */
    public record Signed(long id, String title, int version, Instant signedAt) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What a programme still asks before this pledge may be signed (its reading, its exam), in order: the page lists
     * it instead of the form; empty when it may be signed now.
     */
    public List<StepRefusals.Waiting> getWaiting() {
        return waiting;
    }

    /**
     * For an exit pledge: the departure's steps HR has not finished (carriers, briefing), in order: the page lists
     * them instead of the form; empty when it may be signed, and for every other kind.
     */
    public List<String> getExitSteps() {
        return exitSteps;
    }

    /** Whether the exit pledge waiting for HR is the one of a lowering that keeps the person in post. */
    public boolean isExitLowering() {
        return exitIsLowering;
    }

    /** Whether the form is offered: nothing is left before the pledge may be signed. */
    public boolean isMaySign() {
        return waiting.isEmpty() && exitSteps.isEmpty();
    }

    /** When the page's kind is not due now: the day a programme not open yet asks for it; null otherwise. */
    public java.time.LocalDate getOpensOn() {
        return opensOn;
    }

    /** The pledge signed already, when the page's kind is no longer due; null while it is. */
    public Signed getSigned() {
        return signed;
    }

    public String time(Instant at) {
        return times.format(at);
    }

    private static PledgeKind parse(String value) {
        try {
            return value == null ? null : PledgeKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** For a topic pledge: the issue it answers ({@code ?issue=}); none: the oldest the person owes. */
    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    /** The issue's id; null when none was given, -1 (no such issue) when it is not a number. */
    private static Long issueId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The version the person signed before and the notes of the changes since; null when there is nothing to say. */
    public org.shoumi.portal.pledges.control.PledgeChanges.Since getChanges() {
        return changes;
    }

    public PledgeDraft getDraft() {
        return draft;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    /**
     * The signature typed as text in its own field (with any input method); when it holds text, the server writes
     * it into the signature picture instead of taking the pad's. Kept, like the name, when the form is refused.
     */
    public String getTypedSignature() {
        return typedSignature;
    }

    public void setTypedSignature(String typedSignature) {
        this.typedSignature = typedSignature;
    }

    /** The strokes as the signature widget keeps them (to redraw after a refused attempt). */
    public String getSignatureLines() {
        return signatureLines;
    }

    public void setSignatureLines(String signatureLines) {
        this.signatureLines = signatureLines;
    }
}
