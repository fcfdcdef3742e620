package org.shoumi.quizzes.certificates.boundary;

import java.io.Serializable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.quizzes.certificates.control.VerificationCode;
import org.shoumi.quizzes.certificates.entity.IssuedCertificate;
import org.shoumi.content.text.Texts;

/**
 * The certificates handed out and their public check. A certificate gets its code the first time it is
 * downloaded and keeps it for every later copy; anyone holding a paper copy can check the code, and sees the
 * masked name, the exam, the day and whether it still stands.
 */
@ApplicationScoped
@Boundary
public class Certificates {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<CertificateRevoked> revoked;

    Clock clock = Clock.systemUTC();

    /**
     * What the public page shows of a certificate. {@code revokedAt} is null while it stands; {@code attemptId} is
     * not shown, it lets the page ask whether a later attempt superseded the pass ({@code QuizAttempts.supersededBy}).
     */
    public record Verification(String code, String maskedName, String quizTitle, LocalDate passedOn,
                               Instant revokedAt, long attemptId) implements Serializable {

        public boolean valid() {
            return revokedAt == null;
        }

        public String displayCode() {
            return VerificationCode.display(code);
        }
    }

    /** The code of the attempt's certificate, made on the first call (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(long attemptId, String personKey, String personName, String quizTitle, LocalDate passedOn) {
        return em.createNamedQuery(IssuedCertificate.BY_ATTEMPT, IssuedCertificate.class)
                .setParameter("attempt", attemptId).getResultStream().findFirst()
                .map(IssuedCertificate::getCode)
                .orElseGet(() -> {
                    IssuedCertificate c = new IssuedCertificate(VerificationCode.next(), attemptId, personKey,
                            VerificationCode.maskName(personName), quizTitle, passedOn, clock.instant());
                    em.persist(c);
                    em.flush();
                    return c.getCode();
                });
    }

    /** A certificate's revocation: when, by whom, why. */
    public record Revocation(Instant at, String by, String reason) implements Serializable {
    }

    /** The revocation of the attempt's certificate; empty while it stands or when none was issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Revocation> revocationOf(long attemptId) {
        return em.createNamedQuery(IssuedCertificate.BY_ATTEMPT, IssuedCertificate.class)
                .setParameter("attempt", attemptId).getResultStream().findFirst()
                .filter(c -> c.getRevokedAt() != null)
                .map(c -> new Revocation(c.getRevokedAt(), c.getRevokedBy(), c.getRevokeReason()));
    }

    /**
     * JPQL condition for "the attempt {@code alias} has no revoked certificate": a revoked certificate voids the
     * exam, so it no longer counts for a programme's step or the 学时.
     */
    public static String notRevoked(String alias) {
        return "not exists (select c.id from IssuedCertificate c where c.attemptId = " + alias
                + ".id and c.revokedAt is not null)";
    }

    /** The certificate with this code as typed or scanned; empty for a code that was never issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Verification> verify(String typed) {
        return VerificationCode.parse(typed).flatMap(this::byCode).map(Certificates::verification);
    }

    /**
     * Revokes a certificate (an exam found void, a certificate issued in error): dated, with who and why. The exam
     * then no longer counts for an open programme or the 学时, and no certificate PDF is made for it again; the
     * revocation goes into the evidence log ({@link CertificateRevoked}).
     * Refused with {@link IllegalStateException} when it was revoked already, {@link IllegalArgumentException}
     * for an unknown code or an empty reason.
     */
    public Verification revoke(String typed, String reason, String by) {
        // a reason that says nothing ("-", "无", "同意") is no reason (outside check ex-s36h 2)
        if (!Texts.saysSomething(reason)) {
            throw new IllegalArgumentException("a revocation needs a reason");
        }
        IssuedCertificate c = VerificationCode.parse(typed).flatMap(this::byCode)
                .map(found -> em.find(IssuedCertificate.class, found.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalArgumentException("no certificate " + typed));
        c.revoke(clock.instant(), by, Texts.clean(reason));
        em.flush();
        revoked.fire(new CertificateRevoked(c.getId(), c.getAttemptId(), c.getPersonKey()));
        return verification(c);
    }

    private Optional<IssuedCertificate> byCode(String code) {
        return em.createNamedQuery(IssuedCertificate.BY_CODE, IssuedCertificate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static Verification verification(IssuedCertificate c) {
        return new Verification(c.getCode(), c.getMaskedName(), c.getQuizTitle(), c.getPassedOn(), c.getRevokedAt(),
                c.getAttemptId());
    }
}
