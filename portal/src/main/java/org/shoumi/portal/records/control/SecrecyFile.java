package org.shoumi.portal.records.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the portal records about one person, as printed in their secrecy file. */
public record SecrecyFile(Person person, List<Change> history, List<Programme> programmes, List<Reading> readings,
                          List<Attempt> attempts, List<Pledge> pledges, List<Exit> exits, List<Session> sessions,
                          List<YearHours> hours, List<Extra> extra, List<Owed> owed) {

    /** A file that says nothing is owed again after a material change. */
    public SecrecyFile(Person person, List<Change> history, List<Programme> programmes, List<Reading> readings,
                       List<Attempt> attempts, List<Pledge> pledges, List<Exit> exits, List<Session> sessions,
                       List<YearHours> hours, List<Extra> extra) {
        this(person, history, programmes, readings, attempts, pledges, exits, sessions, hours, extra, List.of());
    }

    /**
     * A document ({@code pledge} false) or pledge template whose version in force changed in substance after the
     * person confirmed or signed an older version, and which they still owe: its title, the version in force, and the
     * day the material version took effect (the file lists it under the readings or the pledges).
     */
    public record Owed(boolean pledge, String title, int version, LocalDate since) {
    }

    /** A file without the sections other features add. */
    public SecrecyFile(Person person, List<Change> history, List<Programme> programmes, List<Reading> readings,
                       List<Attempt> attempts, List<Pledge> pledges, List<Exit> exits, List<Session> sessions,
                       List<YearHours> hours) {
        this(person, history, programmes, readings, attempts, pledges, exits, sessions, hours, List.of());
    }

    /** A section another feature adds (vetting, reports, travel, incidents…): a title and its lines in words. */
    public record Extra(String title, List<String> lines) {
    }

    /** A file without offline sessions and 学时 (as printed before they were recorded). */
    public SecrecyFile(Person person, List<Change> history, List<Programme> programmes, List<Reading> readings,
                       List<Attempt> attempts, List<Pledge> pledges, List<Exit> exits) {
        this(person, history, programmes, readings, attempts, pledges, exits, List.of(), List.of());
    }

    /**
     * An offline session attended: kind (a label), topic, when it began, its 学时, how attendance was taken, who
     * recorded it (a name) and when, as every other section of the file says.
     */
    public record Session(String kind, String topic, Instant startsAt, BigDecimal hours, String how, String by,
                          Instant recordedAt) {
    }

    /** A year's 学时: reading, exams, sessions, the total and the target. */
    public record YearHours(int year, BigDecimal reading, BigDecimal exams, BigDecimal sessions, BigDecimal total,
                            BigDecimal target) {
    }

    /**
     * One entry of the person's history, already in words: the day it took effect, what changed (old → new),
     * through which path, by whom and why (empty for none), and when it was recorded (a change entered later for an
     * earlier day shows as such).
     */
    public record Change(LocalDate effectiveOn, String what, String source, String by, String reason,
                         Instant recordedAt) {
    }

    /**
     * A departure: kind and status as labels, its checklist, and the 脱密期 it started (null while open);
     * {@code handover} for a 转岗交接, which has neither briefing nor exit pledge nor 脱密期; {@code entrustments}
     * the entrusted management of the period in words, oldest first, the one in force marked; {@code pledgeOnPaper}
     * where the original of an exit pledge signed on paper is kept (null: signed in the portal, or not yet);
     * {@code department}, {@code post}, {@code classBefore} what the person held when the departure was opened
     * (null when not known), {@code classAfter} the class a lowering moves them to (null for none);
     * {@code withdrawal} for a departure withdrawn as opened by mistake, when, by whom and why in words (null for
     * none); {@code adjustments} the period's adjustments in words as the approval form writes them (the approval's
     * end, then each adjustment: when, kind, old and new end, reason, approver, document, who recorded it; empty when
     * never adjusted); {@code contacts} the changes of contact details or employer reported during the period, in
     * words (when, what, who recorded it); {@code lastDayChanges} the changes of the planned last working day while
     * the departure was open, in words (when, by whom, the day before and after, why); {@code periodClass} the class
     * the 脱密期 follows, in words (null when there is no period, or it is not known); {@code afterPost} for a 离职 of
     * someone who had left the post already, the sentence that the 离岗's 脱密期 runs on and this one adds none (null
     * otherwise); {@code noCarriers} the declaration that the person holds no secret carrier, in words (null for
     * none); {@code periodPending} for a departure not yet approved that will start a 脱密期, its length and that it
     * runs from the approval, in words (null otherwise): the file said 无脱密期 for it (outside check).
     */
    public record Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                       LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                       LocalDate periodEnd, boolean handover, List<String> entrustments, String pledgeOnPaper,
                       String department, String post, String classBefore, String classAfter,
                       String withdrawal, List<String> adjustments, List<String> contacts,
                       List<String> lastDayChanges, String periodClass, String afterPost, String noCarriers,
                       String periodPending, boolean loweredInPost) {

        /** A departure whose 脱密期, if any, is on record (approved), or which owes none. */
        public Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                    LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                    LocalDate periodEnd, boolean handover, List<String> entrustments, String pledgeOnPaper,
                    String department, String post, String classBefore, String classAfter,
                    String withdrawal, List<String> adjustments, List<String> contacts,
                    List<String> lastDayChanges, String periodClass, String afterPost, String noCarriers) {
            this(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn, periodStart,
                    periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore, classAfter,
                    withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers, null,
                    false);
        }

        public Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                    LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                    LocalDate periodEnd, boolean handover, List<String> entrustments, String pledgeOnPaper,
                    String department, String post, String classBefore, String classAfter,
                    String withdrawal, List<String> adjustments, List<String> contacts,
                    List<String> lastDayChanges, String periodClass) {
            this(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn, periodStart,
                    periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore, classAfter,
                    withdrawal, adjustments, contacts, lastDayChanges, periodClass, null, null);
        }

        public Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                    LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                    LocalDate periodEnd, boolean handover, List<String> entrustments, String pledgeOnPaper,
                    String department, String post, String classBefore, String classAfter,
                    String withdrawal, List<String> adjustments, List<String> contacts,
                    List<String> lastDayChanges) {
            this(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn, periodStart,
                    periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore, classAfter,
                    withdrawal, adjustments, contacts, lastDayChanges, null, null, null);
        }

        public Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                    LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                    LocalDate periodEnd, boolean handover, List<String> entrustments) {
            this(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn, periodStart,
                    periodEnd, handover, entrustments, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                    null, null, null);
        }

        /** A departure whose 脱密期 names no entrusted management (委托管理). */
        public Exit(String kind, String status, LocalDate plannedLastDay, int carriers, int carriersReturned,
                    LocalDate briefingOn, boolean pledge, LocalDate approvedOn, LocalDate periodStart,
                    LocalDate periodEnd, boolean handover) {
            this(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn, periodStart,
                    periodEnd, handover, List.of());
        }

        /** The same departure with the entrusted management of its period. */
        public Exit withEntrustments(List<String> lines) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, List.copyOf(lines), pledgeOnPaper, department, post,
                    classBefore, classAfter, withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /** The same departure whose exit pledge was signed on paper, the original kept where {@code ref} says. */
        public Exit withPledgeOnPaper(String ref) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, ref, department, post, classBefore, classAfter,
                    withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure with what the person held when it was opened (labels in words) and, for a lowering,
         * the class it moves them to.
         */
        public Exit withAtOpening(String atDepartment, String atPost, String before, String after) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, atDepartment, atPost, before,
                    after, withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /** The same departure, withdrawn as opened by mistake: when, by whom and why, in words. */
        public Exit withWithdrawal(String line) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, line, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure with what happened to its 脱密期 since the approval: its adjustments (the approval's end
         * first) and the contact or employer changes reported, each in words.
         */
        public Exit withPeriodChanges(List<String> adjustmentLines, List<String> contactLines) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, List.copyOf(adjustmentLines), List.copyOf(contactLines), lastDayChanges,
                    periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure with the changes of its planned last working day in words (when, by whom, the day before
         * and after, why), oldest first.
         */
        public Exit withLastDayChanges(List<String> lines) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, List.copyOf(lines), periodClass, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure with the class its 脱密期 follows, in words: the highest held in the look-back months,
         * which may be above the class when opened (a 重要 person lowered to 一般 and then leaving owes the 重要 period).
         */
        public Exit withPeriodClass(String label) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, lastDayChanges, label, afterPost, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure as a 离职 of someone who had left the post (离岗) already: {@code line} says when they left
         * it and that its 脱密期 runs on, this departure adding none.
         */
        public Exit withAfterPost(String line) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, lastDayChanges, periodClass, line, noCarriers, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure with the declaration that the person holds no secret carrier, in words (when and by
         * whom), or null for none: "0/0" alone could not be told from carriers never asked about (outside check).
         */
        public Exit withNoCarriers(String declaration) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, declaration, periodPending,
                    loweredInPost);
        }

        /**
         * The same departure, not yet approved, with the 脱密期 its approval will start in words ("脱密期 2 年，自批准之日起
         * （尚未批准）"), or null when it will start none.
         */
        public Exit withPeriodPending(String line) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers,
                    line, loweredInPost);
        }

        /**
         * The same departure as a lowering within the secret-related classes ({@code true}): the person stays in post,
         * and its pledge is the 降低涉密类别保密承诺书, as the departure page and the approval form name it, not the
         * 离岗离职保密承诺书 (outside check: the file named the same paper original both ways).
         */
        public Exit withLoweredInPost(boolean lowered) {
            return new Exit(kind, status, plannedLastDay, carriers, carriersReturned, briefingOn, pledge, approvedOn,
                    periodStart, periodEnd, handover, entrustments, pledgeOnPaper, department, post, classBefore,
                    classAfter, withdrawal, adjustments, contacts, lastDayChanges, periodClass, afterPost, noCarriers,
                    periodPending, lowered);
        }

        /**
         * The carriers as the records write them: how many of those listed were returned, and the declaration that
         * the person holds none where it was made ("0/0" alone reads like data missing).
         */
        public String carriersText(java.util.ResourceBundle text) {
            String count = carriersReturned + "/" + carriers;
            return noCarriers == null ? count : java.text.MessageFormat.format(
                    text.getString("record.exit.carriersNoneHeld"), count, noCarriers);
        }

        /**
         * Whether it was approved without a 脱密期 of its own because the person had none to owe (非涉密): not a
         * hand-over, nor a 离职 after a 离岗 (whose period runs on), nor one withdrawn. The records then say 无脱密期
         * rather than leave the period blank, as if it were missing.
         */
        public boolean approvedWithoutPeriod() {
            return approvedOn != null && periodStart == null && !handover && afterPost == null && withdrawal == null;
        }

        /** The exit pledge as the records write it: signed (on paper, where the original is), or not yet. */
        public String pledgeText(java.util.ResourceBundle text, String notYet) {
            return !pledge ? notYet : pledgeOnPaper == null ? text.getString("record.file.yes")
                    : java.text.MessageFormat.format(text.getString("record.file.pledgeOnPaper"), pledgeOnPaper);
        }

        /** What the departure is about in words ("办公室 · 机要员，核心 → 重要"); null when not known. */
        public String aboutText(java.util.ResourceBundle text) {
            if (classBefore == null) {
                return null;
            }
            return java.text.MessageFormat.format(text.getString(classAfter == null ? "record.file.exitAbout"
                    : "record.file.exitAboutLowered"), department, post, classBefore, classAfter);
        }
    }

    public record Person(String employeeNo, String name, String department, String post, String secrecyClass,
                         String status, LocalDate hireDate) {
    }

    /**
     * A programme; {@code kind} names the campaign or plan item where one gave it, {@code closedBecause} is a
     * {@code ClosedBecause} name (null for a programme closed before the reason was kept, or not closed);
     * {@code completedOnADay} when its completion is known as a day only (an exit programme whose last step was an exit
     * pledge signed on paper, entered as a day: printed without a time, not as 00:00).
     */
    public record Programme(String kind, LocalDate startedOn, LocalDate due, Instant completedAt, Instant closedAt,
                            String closedBecause, boolean completedOnADay) {

        /**
         * Whether it was closed, unfinished, before its first day: never owed (the counts leave such a programme out).
         */
        public boolean closedBeforeItOpened(java.time.ZoneId zone) {
            return completedAt == null && closedAt != null && startedOn != null
                    && closedAt.atZone(zone).toLocalDate().isBefore(startedOn);
        }

        /** A programme whose completion, if any, has its time on record. */
        public Programme(String kind, LocalDate startedOn, LocalDate due, Instant completedAt, Instant closedAt,
                         String closedBecause) {
            this(kind, startedOn, due, completedAt, closedAt, closedBecause, false);
        }
    }

    /** A document read and acknowledged, by its title. */
    public record Reading(String document, int version, Instant at, long seconds, String sha256) {
    }

    /**
     * An attempt: {@code expired} when the server handed it in at its deadline (到时自动交卷), as the results page marks
     * it (the file and the workbook showed it like a paper handed in by the taker; outside check); {@code superseded}
     * what stands beside a pass a later failure superseded (a quiz graded by the last attempt), as 我的成绩 marks it
     * (the file said a bare "合格"; outside check), null for one that stands.
     */
    public record Attempt(String quiz, int number, Instant finishedAt, BigDecimal percent, Boolean passed,
                          String revoked, boolean expired, String superseded) {

        /** An attempt that no later one superseded. */
        public Attempt(String quiz, int number, Instant finishedAt, BigDecimal percent, Boolean passed,
                       String revoked, boolean expired) {
            this(quiz, number, finishedAt, percent, passed, revoked, expired, null);
        }

        /** An attempt whose certificate stands (or was never issued), handed in by the taker. */
        public Attempt(String quiz, int number, Instant finishedAt, BigDecimal percent, Boolean passed) {
            this(quiz, number, finishedAt, percent, passed, null, false);
        }
    }

    /**
     * A signed pledge: its title and the version of its template; {@code paperRef} where the original of a pledge
     * signed on paper is kept (then no version or fingerprint), null for one signed in the portal.
     */
    public record Pledge(String title, int version, Instant signedAt, String sha256, String paperRef) {

        /** A pledge signed in the portal. */
        public Pledge(String title, int version, Instant signedAt, String sha256) {
            this(title, version, signedAt, sha256, null);
        }

        /** An exit pledge signed on paper, the original kept where {@code ref} says. */
        public static Pledge onPaper(String title, Instant signedAt, String ref) {
            return new Pledge(title, 0, signedAt, "", ref);
        }

        public boolean paper() {
            return paperRef != null;
        }
    }
}
