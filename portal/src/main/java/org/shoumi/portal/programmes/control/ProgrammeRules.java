package org.shoumi.portal.programmes.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.TrainingCall;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Which programme a change in someone's working life calls for, what it consists of and when it is complete.
 * Only secret-related people (涉密人员: class 核心, 重要 or 一般) are given programmes.
 */
public final class ProgrammeRules {

    /** What a step asks for. */
    public enum StepKind {
        /** acknowledge every rule and post duty that is owed */
        READ,
        /** pass a quiz */
        QUIZ,
        /** sign a pledge of a kind */
        PLEDGE
    }

    /** One step; {@code target} is the quiz code or the pledge kind, null for reading. */
    public record Step(StepKind kind, String target) {
    }

    /** What a person has done, as far as a programme's steps go. */
    public record Evidence(int readingsOwed, boolean quizPassed, boolean pledgeSigned) {
    }

    /**
     * The quizzes the programmes ask for (from configuration, or the campaign that gave an in-post programme), and
     * the pledge an in-post programme asks for: the in-post pledge unless its campaign says otherwise. A null
     * {@code inPost} quiz or {@code inPostPledge} leaves that step out.
     */
    public record Quizzes(String onboarding, String inPost, PledgeKind inPostPledge) {
        public Quizzes(String onboarding, String inPost) {
            this(onboarding, inPost, PledgeKind.IN_POST);
        }
    }

    /** An earlier step not done yet; {@code owed} counts the readings still owed (0 for other steps). */
    public record Missing(StepKind kind, String target, int owed) {
    }

    private ProgrammeRules() {
    }

    /** A hire into a secret-related class starts onboarding; anyone else gets no programme. */
    public static Optional<ProgrammeKind> onHire(SecrecyClass secrecyClass) {
        return TrainingCall.onHire(secrecyClass).map(ProgrammeRules::programmeFor);
    }

    /** The programme that gives the training a personnel event calls for. */
    public static ProgrammeKind programmeFor(TrainingCall call) {
        return switch (call) {
            case ONBOARDING -> ProgrammeKind.ONBOARDING;
            case TRANSFER -> ProgrammeKind.TRANSFER;
        };
    }

    /**
     * A change of post or class: becoming secret-related starts onboarding; moving to another post while
     * secret-related starts the transfer programme (the new post's duties and a new pledge); leaving the
     * secret-related classes or changing only between them asks for nothing new.
     */
    public static Optional<ProgrammeKind> onChange(String oldPost, SecrecyClass oldClass, String newPost,
                                                   SecrecyClass newClass) {
        return TrainingCall.onChange(oldPost, oldClass, newPost, newClass).map(ProgrammeRules::programmeFor);
    }

    /** The steps of a programme, in the order they are best done. */
    public static List<Step> steps(ProgrammeKind kind, Quizzes quizzes) {
        List<Step> steps = new ArrayList<>();
        switch (kind) {
            case ONBOARDING -> {
                steps.add(new Step(StepKind.READ, null));
                steps.add(new Step(StepKind.QUIZ, quizzes.onboarding()));
                steps.add(new Step(StepKind.PLEDGE, PledgeKind.ONBOARDING.name()));
            }
            case IN_POST -> {
                steps.add(new Step(StepKind.READ, null));
                if (quizzes.inPost() != null) {
                    steps.add(new Step(StepKind.QUIZ, quizzes.inPost()));
                }
                if (quizzes.inPostPledge() != null) {
                    steps.add(new Step(StepKind.PLEDGE, quizzes.inPostPledge().name()));
                }
            }
            case TRANSFER -> {
                steps.add(new Step(StepKind.READ, null));
                steps.add(new Step(StepKind.PLEDGE, PledgeKind.ONBOARDING.name()));
            }
            case EXIT -> steps.add(new Step(StepKind.PLEDGE, PledgeKind.EXIT.name()));
        }
        return steps;
    }

    /**
     * Whether a programme's steps must be taken in their order, each only once the steps before it are done.
     * Only onboarding: its pledge says 本人已接受上岗前保密教育培训, so the exam comes after the reading and the
     * pledge after the exam. The other programmes' steps may be taken in any order.
     */
    public static boolean ordered(ProgrammeKind kind) {
        return kind == ProgrammeKind.ONBOARDING;
    }

    /**
     * Whether {@code step} of a programme of this kind waits for the steps before it: every step of onboarding
     * ({@link #ordered}), and the in-post pledge of an in-post programme, whose text says 本人已参加本年度在岗保密教育培训
     * (it could be signed with 13 documents owed and the exam not passed; outside check), and the onboarding pledge
     * of a transfer (转岗), whose text says 本人已接受上岗前保密教育培训，了解所在岗位的保密职责 (it could be signed before
     * the new post's duties were opened; outside check). The in-post programme's exam does not wait for its reading.
     */
    public static boolean heldBack(ProgrammeKind kind, Step step) {
        return ordered(kind) || kind == ProgrammeKind.IN_POST && step.kind() == StepKind.PLEDGE
                && PledgeKind.IN_POST.name().equals(step.target())
                || kind == ProgrammeKind.TRANSFER && step.kind() == StepKind.PLEDGE
                && PledgeKind.ONBOARDING.name().equals(step.target());
    }

    /**
     * The steps that come before {@code step} in the programme and are not done yet, in their order: empty when
     * the step may be taken now. Always empty for a step that is not {@link #heldBack} and for a step the programme
     * does not ask for (another quiz, another pledge).
     */
    public static List<Missing> missingBefore(ProgrammeKind kind, Quizzes quizzes, Step step, Evidence evidence) {
        List<Step> steps = steps(kind, quizzes);
        if (!heldBack(kind, step) || !steps.contains(step)) {
            return List.of();
        }
        List<Missing> missing = new ArrayList<>();
        for (Step earlier : steps.subList(0, steps.indexOf(step))) {
            if (!done(earlier, evidence)) {
                missing.add(new Missing(earlier.kind(), earlier.target(),
                        earlier.kind() == StepKind.READ ? evidence.readingsOwed() : 0));
            }
        }
        return List.copyOf(missing);
    }

    /** The pledge a programme asks for, if any (an in-post programme's campaign may ask for another or none). */
    public static Optional<PledgeKind> pledgeOf(List<Step> steps) {
        return steps.stream().filter(s -> s.kind() == StepKind.PLEDGE).map(s -> PledgeKind.valueOf(s.target()))
                .findFirst();
    }

    /** The pledge a programme asks for by default. */
    public static PledgeKind pledgeOf(ProgrammeKind kind) {
        return switch (kind) {
            case ONBOARDING, TRANSFER -> PledgeKind.ONBOARDING;
            case IN_POST -> PledgeKind.IN_POST;
            case EXIT -> PledgeKind.EXIT;
        };
    }

    /**
     * The pledges that also do a pledge step asking for {@code asked} when signed during the plan year
     * {@code planYear} of the plan item that gave the programme (null: a programme no plan item gave): a plan
     * item's in-post pledge is done by the year's in-post pledge or by an onboarding pledge signed that year, which
     * commits to the same duties and holds as the year's in-post pledge until 31 December
     * ({@code PledgeValidity}); the home page says so, and a second pledge the same day was asked for. Empty for
     * any other step: a transfer's or an exit's pledge counts only when signed after the programme was given.
     */
    /**
     * The year whose in-post pledge does a campaign's pledge step ({@link #signedInPlanYear}): a plan item's plan
     * year; for a campaign launched by hand, the year of its first day, as the sign page holds the year's pledge
     * signed (您已于 … 签订本承诺书，无需再签): counting only a signature from the window's first day made the step
     * impossible for whoever had signed earlier that year (outside check). Null for a programme no campaign gave.
     */
    public static Integer pledgeYear(boolean campaign, Integer planYear, java.time.LocalDate firstDay) {
        if (!campaign) {
            return null;
        }
        return planYear != null ? planYear : firstDay.getYear();
    }

    public static Set<PledgeKind> signedInPlanYear(PledgeKind asked, Integer planYear) {
        return asked == PledgeKind.IN_POST && planYear != null ? Set.of(PledgeKind.IN_POST, PledgeKind.ONBOARDING)
                : Set.of();
    }

    /**
     * Whether a material change of its template can re-open a signed pledge of this kind: the in-post pledge and the
     * agreement (the pledges {@code SpecialPledges} asks to be signed again). Onboarding and exit pledges follow their
     * programmes, and a signature of theirs stands.
     */
    public static boolean reopenable(PledgeKind kind) {
        return kind == PledgeKind.IN_POST || kind == PledgeKind.AGREEMENT;
    }

    /**
     * Whether a pledge of this kind signed on template version {@code signedVersion} no longer does a programme's
     * pledge step, because a material version in force ({@code requiredVersion}, 0 when none) came after it: the
     * step is open again, everywhere it is shown and counted, until the version in force is signed, which waits for
     * the steps before it as the first signature did ({@link #heldBack}). A programme already complete stays so.
     */
    public static boolean superseded(PledgeKind kind, int signedVersion, int requiredVersion) {
        return reopenable(kind) && signedVersion < requiredVersion;
    }

    /**
     * Whether {@code step} of a programme of this kind is not required of a person leaving the secret-related post (an
     * open 离岗 or 离职, not a hand-over nor a lowering that keeps them in post): the in-post pledge of an in-post
     * programme, which the pledges feature no longer asks for nor takes from the departure's opening
     * ({@code PledgeValidity.endsWhenLeaving}). The step counts as done (不需签署), so that the programme is completed
     * by its reading and exam, and is neither chased nor counted undone nor overdue for a signature the portal
     * refuses (outside check ex-s37i 2). Any other step, and a lowering in post, still asks for it.
     */
    public static boolean notRequiredWhenLeaving(ProgrammeKind kind, Step step) {
        return kind == ProgrammeKind.IN_POST && step.kind() == StepKind.PLEDGE
                && PledgeKind.IN_POST.name().equals(step.target());
    }

    /**
     * Whether a step is done on {@code today} for a person who is leaving the post or not ({@code leaving}): not
     * required of a leaver ({@link #notRequiredWhenLeaving}), else as {@link #done(Step, Evidence, LocalDate,
     * LocalDate)} says.
     */
    public static boolean done(ProgrammeKind kind, Step step, Evidence evidence, LocalDate opensOn, LocalDate today,
                               boolean leaving) {
        return leaving && notRequiredWhenLeaving(kind, step) || done(step, evidence, opensOn, today);
    }

    public static boolean done(Step step, Evidence evidence) {
        return switch (step.kind()) {
            case READ -> evidence.readingsOwed() == 0;
            case QUIZ -> evidence.quizPassed();
            case PLEDGE -> evidence.pledgeSigned();
        };
    }

    /**
     * Whether a step of a programme whose window opens on {@code opensOn} is done on {@code today}: nothing is done
     * before it opens. A plan item for next year asks for next year's reading, exam and pledge; with nothing to read
     * today its reading step read 学习保密制度和岗位职责（已完成） under "2027-01-01 起开始，此前完成的不计入" (outside
     * check). From the day it opens the step is done as {@link #done(Step, Evidence)} says.
     */
    public static boolean done(Step step, Evidence evidence, LocalDate opensOn, LocalDate today) {
        return !opensOn.isAfter(today) && done(step, evidence);
    }

    public static boolean complete(List<Step> steps, Evidence evidence) {
        return steps.stream().allMatch(s -> done(s, evidence));
    }

    /**
     * From when what a person does counts for a programme an event gave, which counts from {@code given}: a transfer
     * (转岗) counts from the person's latest change of post ({@code lastPostChange}, null when none) when that came
     * later. A second change of post while the transfer was still open kept it, and the pledge signed for the post
     * left completed it: no pledge naming the post held was asked for (outside check). Its reading already follows
     * the post held; its pledge, whose text names the post, is now signed again for it. Any other programme counts
     * from {@code given}.
     */
    public static java.time.Instant countsFrom(ProgrammeKind kind, java.time.Instant given,
                                               java.time.Instant lastPostChange) {
        return kind == ProgrammeKind.TRANSFER && lastPostChange != null && lastPostChange.isAfter(given)
                ? lastPostChange : given;
    }

    /** Due date of a programme given on {@code start}: a number of days later. */
    /**
     * The due day of a programme given today to a person hired on {@code hireDate}: the days count from the later of
     * today and the hire day, so that a hire recorded ahead of their first day is not due before it (a hire on
     * 2027-06-01 recorded on 2026-12-06 was due 2027-01-05).
     */
    public static LocalDate due(LocalDate today, LocalDate hireDate, int days) {
        return due(hireDate != null && hireDate.isAfter(today) ? hireDate : today, days);
    }

    public static LocalDate due(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a programme needs at least one day");
        }
        return start.plusDays(days);
    }

    /** Whether an open programme is past its due date. */
    public static boolean overdue(LocalDate due, LocalDate today, boolean complete) {
        return !complete && today.isAfter(due);
    }
}
