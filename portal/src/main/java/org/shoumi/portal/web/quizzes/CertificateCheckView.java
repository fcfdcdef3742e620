package org.shoumi.portal.web.quizzes;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.shared.PortalAddress;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.certificates.boundary.Certificates;
import org.shoumi.quizzes.certificates.boundary.Certificates.Verification;

/**
 * The public check of a certificate (verify.xhtml, no login): the code from the QR code or typed from paper gives
 * the masked name, the exam, the day and whether the certificate stands. A secrecy officer or administrator who
 * is logged in may revoke it there, with a reason.
 */
@Named
@ViewScoped
public class CertificateCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The portal's address as people reach it (also in reminder e-mails), e.g. https://portal.example.cn/portal/. */
    static final String PUBLIC_URL_KEY = "shoumi.portal.url";

    @Inject
    Certificates certificates;

    @Inject
    ExternalContext external;

    @Inject
    org.shoumi.quizzes.attempts.boundary.QuizAttempts attempts;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private String code;
    private Verification verification;
    private boolean checked;
    private String reason;
    private org.shoumi.quizzes.attempts.boundary.QuizAttempts.Superseding superseding;

    /** The address of the check page for a code, under the configured portal address (which has a default). */
    static String address(String portalUrl, String code) {
        return PortalAddress.of(portalUrl, "/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /** On opening with a code (from the QR code), and on the check button. */
    public void check() {
        checked = code != null && !code.isBlank();
        verification = checked ? certificates.verify(code).orElse(null) : null;
        // a quiz graded by the last attempt, failed after this pass: the certificate no longer proves a pass
        superseding = verification != null && verification.valid()
                ? attempts.supersededBy(verification.attemptId()).orElse(null) : null;
    }

    /** Whether a later failed attempt superseded the pass (the quiz graded by the last attempt): not a valid proof. */
    public boolean isSuperseded() {
        return superseding != null;
    }

    /** The day the later failed attempt was handed in, in the unit's zone; null while the pass stands. */
    public LocalDate getSupersededOn() {
        return superseding == null ? null : superseding.finishedAt().atZone(ZoneId.of(zone)).toLocalDate();
    }

    public boolean isMayRevoke() {
        return verification != null && verification.valid()
                && (external.isUserInRole("SECRECY_OFFICER") || external.isUserInRole("ADMIN"));
    }

    public void revoke() {
        if (!isMayRevoke()) {
            return;
        }
        if (!org.shoumi.content.text.Texts.saysSomething(reason)) {
            messages.error("verify.revoke.reasonRequired");
            return;
        }
        try {
            verification = certificates.revoke(verification.code(), reason, external.getRemoteUser());
            messages.info("verify.revoke.done", verification.displayCode());
            reason = null;
        } catch (IllegalStateException already) {
            check();
            messages.warn("verify.revoke.already");
        }
    }

    public LocalDate getRevokedOn() {
        return verification == null || verification.revokedAt() == null ? null
                : verification.revokedAt().atZone(ZoneId.of(zone)).toLocalDate();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Verification getVerification() {
        return verification;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
