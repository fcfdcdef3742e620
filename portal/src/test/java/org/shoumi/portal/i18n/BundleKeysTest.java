package org.shoumi.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.departures.entity.DepartureStatus;
import org.shoumi.portal.disclosures.boundary.DisclosureRefusedException;
import org.shoumi.portal.disclosures.entity.DisclosureKind;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.liaisons.boundary.LiaisonRefusedException;
import org.shoumi.portal.liaisons.control.LiaisonRules;
import org.shoumi.portal.liaisons.entity.LiaisonEntryKind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.training.boundary.AcknowledgementRefusedException;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.boundary.HireRefusedException;
import org.shoumi.portal.pledges.boundary.PledgeRefusedException;
import org.shoumi.portal.programmes.boundary.StepRefusedException;
import org.shoumi.portal.programmes.control.ProgrammeRules;
import org.shoumi.portal.web.programmes.StepRefusals;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.training.control.ReadingPolicy;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.daily.boundary.DailyRefusedException;
import org.shoumi.quizzes.stats.control.ItemStatistics;

/** Both languages have the same keys, and every key the pages and beans use exists. */
class BundleKeysTest {

    private static final Path I18N = Path.of("src/main/resources/org/shoumi/portal/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern MSG_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile("messages\\.(?:info|warn|error|text)\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    private static final Pattern PROBLEM_CODE = Pattern.compile("new PackProblem\\(\\s*[^,]+,\\s*[^,]+,\\s*\"([a-zA-Z]+)\"");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(I18N.resolve(file)).stringPropertyNames());
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_zh_CN.properties"));
        assertEquals(new TreeSet<>(load(Path.of("src/main/resources/ValidationMessages.properties")).stringPropertyNames()),
                new TreeSet<>(load(Path.of("src/main/resources/ValidationMessages_zh_CN.properties")).stringPropertyNames()));
    }

    @Test
    void noValueIsBlankAndChineseIsReallyTranslated() throws IOException {
        Properties zh = load(I18N.resolve("messages_zh_CN.properties"));
        Properties en = load(I18N.resolve("messages.properties"));
        for (String key : zh.stringPropertyNames()) {
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
        // the Chinese bundle is stored as UTF-8 text, not \\u escapes
        assertTrue(Files.readString(I18N.resolve("messages_zh_CN.properties")).contains("登录"));
    }

    /**
     * A text with placeholders is a MessageFormat pattern, where a lone apostrophe starts a quoted part: "This
     * year's pledge holds until {0}" showed "This years pledge holds until {0}" (found by an outside check). An
     * apostrophe there is written twice.
     */
    @Test
    void anApostropheInAPatternIsWrittenTwice() throws IOException {
        assertTrue(ALWAYS_FORMATTED.containsAll(List.of("calendar.pledge", "calendar.programme")),
                ALWAYS_FORMATTED::toString);
        // a quoted brace ('{') is meant; any other lone apostrophe in a pattern is a mistake
        assertEquals(java.util.List.of(), keysWhose((key, value) -> isPattern(key, value)
                && value.replace("''", "").replaceAll("'[{}#]+'", "").contains("'")));
    }

    /**
     * A text without placeholders is shown as written (Messages.text formats only when given arguments): "the
     * taker''s own post''s duties" showed both apostrophes twice on the English quiz page (outside check).
     */
    @Test
    void aPlainTextWritesItsApostrophesOnce() throws IOException {
        assertEquals(java.util.List.of(), keysWhose((key, value) -> !isPattern(key, value) && value.contains("''")));
    }

    /**
     * An English count is written with a real plural ({@code {0,choice,1#1 minute|1<{0} minutes}}), never as
     * "minute(s)": the password page said "Try again in 15 minute(s)" (outside check).
     */
    @Test
    void anEnglishCountHasARealPluralNotAnS() throws IOException {
        for (String file : List.of("messages.properties", "faces.properties")) {
            Properties english = load(I18N.resolve(file));
            assertEquals(List.of(), english.stringPropertyNames().stream()
                    .filter(key -> english.getProperty(key).contains("(s)")).sorted().toList(), file);
        }
    }

    /**
     * English names the secrecy classes as its class labels do (Core, Important …): the vetting page's heading read
     * "raised into 核心 or 重要" (outside check). Only the roster import names the Chinese values a file holds.
     */
    @Test
    void anEnglishTextNamesTheSecrecyClassesInEnglish() throws IOException {
        Properties english = load(I18N.resolve("messages.properties"));
        assertEquals(List.of(), english.stringPropertyNames().stream().filter(key -> !key.startsWith("employees.import."))
                .filter(key -> english.getProperty(key).matches("(?s).*(核心|重要|一般|非涉密).*")).sorted().toList());
    }

    /** Every pattern of both bundles is one MessageFormat reads (a choice written wrongly throws when shown). */
    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        assertEquals(List.of(), keysWhose((key, value) -> {
            if (!isPattern(key, value)) {
                return false;
            }
            try {
                new MessageFormat(value, Locale.ENGLISH);
                return false;
            } catch (IllegalArgumentException wrong) {
                return true;
            }
        }));
    }

    private static boolean isPattern(String key, String value) {
        return value.matches("(?s).*\\{\\d.*") || ALWAYS_FORMATTED.stream()
                .anyMatch(formatted -> key.equals(formatted) || key.startsWith(formatted + "."));
    }

    /**
     * Texts formatted with an argument even where they have no placeholder: the calendar's dates (the page's
     * h:outputFormat and the feed's MessageFormat give each its "what"), so "This year's in-post pledge expires"
     * showed "This years …" (outside check). Read from DueDates, which names them.
     */
    private static final Set<String> ALWAYS_FORMATTED = alwaysFormatted();

    private static Set<String> alwaysFormatted() {
        try {
            Matcher m = Pattern.compile("\"(calendar\\.[A-Za-z.]+?)\\.?\"").matcher(Files.readString(
                    JAVA.resolve("org/shoumi/portal/reports/boundary/DueDates.java"), StandardCharsets.UTF_8));
            Set<String> keys = new TreeSet<>();
            while (m.find()) {
                keys.add(m.group(1));
            }
            keys.remove("calendar.name");
            return keys;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "file key" of every text of both bundles that {@code wrong} holds for. */
    private static java.util.List<String> keysWhose(java.util.function.BiPredicate<String, String> wrong)
            throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String file : java.util.List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = load(I18N.resolve(file));
            p.stringPropertyNames().stream().filter(key -> wrong.test(key, p.getProperty(key))).sorted()
                    .forEach(key -> found.add(file + " " + key));
        }
        return found;
    }

    @Test
    void pdfLabelsKeepTheSpaceBeforeTheirValue() throws IOException {
        // the PDF prints the value right after the label; the space is written \u0020 because the format check
        // (docs/testing.md#formatting) trims a trailing blank
        Properties en = load(I18N.resolve("messages.properties"));
        for (String key : List.of("pledge.pdf.typedName", "pledge.pdf.signedAt", "pledge.pdf.sha256", "pledge.pdf.reference")) {
            assertTrue(en.getProperty(key).endsWith(": "), key);
        }
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            Matcher m = MSG_KEY.matcher(Files.readString(page));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(page + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(source + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyEnumConstantShownInPagesHasALabel() throws IOException {
        Set<String> known = keys("messages.properties");
        for (Class<? extends Enum<?>> type : List.of(SecrecyClass.class, EmployeeStatus.class, Role.class,
                DocumentKind.class, QuizMode.class, QuestionType.class, GradingMethod.class, FeedbackPolicy.class,
                MultiCredit.class, ItemStatistics.Flag.class, ProgrammeKind.class, PledgeKind.class,
                DepartureKind.class, DepartureStatus.class, CarrierKind.class, ExitChecklist.Item.class,
                InspectionScope.class, InspectionStatus.class, FindingStatus.class, DisclosureKind.class,
                DisclosureStatus.class, LiaisonEntryKind.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertTrue(known.contains(key), key);
            }
        }
    }

    @Test
    void everyRefusalAndReadingReasonHasAMessage() throws IOException {
        Set<String> known = keys("messages.properties");
        for (AcknowledgementRefusedException.Reason reason : AcknowledgementRefusedException.Reason.values()) {
            assertTrue(known.contains("content.ack.refused." + reason.name()), reason.name());
        }
        for (QuizRefusedException.Reason reason : QuizRefusedException.Reason.values()) {
            assertTrue(known.contains("quiz.refused." + reason.name()), reason.name());
        }
        for (PledgeRefusedException.Reason reason : PledgeRefusedException.Reason.values()) {
            assertTrue(known.contains("pledge.refused." + reason.name()), reason.name());
        }
        for (org.shoumi.portal.campaigns.boundary.CampaignRefusedException.Reason reason
                : org.shoumi.portal.campaigns.boundary.CampaignRefusedException.Reason.values()) {
            assertTrue(known.contains("campaign.refused." + reason.name()), reason.name());
        }
        for (org.shoumi.portal.campaigns.entity.ReminderSent.Kind kind
                : org.shoumi.portal.campaigns.entity.ReminderSent.Kind.values()) {
            assertTrue(known.contains("reminder.subject." + kind.name()), kind.name());
            assertTrue(known.contains("reminder.body." + kind.name()), kind.name());
        }
        for (ProgrammeRules.StepKind step : ProgrammeRules.StepKind.values()) {
            assertTrue(known.contains("programme.step." + step.name()), step.name());
        }
        for (org.shoumi.portal.security.boundary.AccountRefusedException.Reason reason
                : org.shoumi.portal.security.boundary.AccountRefusedException.Reason.values()) {
            assertTrue(known.contains("admin.accounts.refused." + reason.name()), reason.name());
        }
        for (org.shoumi.portal.security.entity.AccountChange.Kind kind
                : org.shoumi.portal.security.entity.AccountChange.Kind.values()) {
            assertTrue(known.contains("enum.AccountChange.Kind." + kind.name()), kind.name());
        }
        for (org.shoumi.portal.inspections.entity.InspectionHandOver.Cause cause
                : org.shoumi.portal.inspections.entity.InspectionHandOver.Cause.values()) {
            assertTrue(known.contains("enum.InspectionHandOver.Cause." + cause.name()), cause.name());
        }
        for (org.shoumi.portal.security.entity.AccountChange.Undone undone
                : org.shoumi.portal.security.entity.AccountChange.Undone.values()) {
            assertTrue(known.contains("enum.AccountChange.Undone." + undone.name()), undone.name());
        }
        for (HireRefusedException.Reason reason : HireRefusedException.Reason.values()) {
            assertTrue(known.contains("hire.refused." + reason.name()), reason.name());
        }
        for (org.shoumi.portal.security.boundary.PasswordChangeOutcome.Status status
                : org.shoumi.portal.security.boundary.PasswordChangeOutcome.Status.values()) {
            if (status != org.shoumi.portal.security.boundary.PasswordChangeOutcome.Status.CHANGED) {
                assertTrue(known.contains("password.refused." + status.name()), status.name());
            }
        }
        for (DepartureRefusedException.Reason reason : DepartureRefusedException.Reason.values()) {
            assertTrue(known.contains("departures.refused." + reason.name()), reason.name());
        }
        for (ExitChecklist.Item item : ExitChecklist.Item.values()) {
            assertTrue(known.contains("departures.missing." + item.name()), item.name());
        }
        for (InspectionRefusedException.Reason reason : InspectionRefusedException.Reason.values()) {
            assertTrue(known.contains("inspection.refused." + reason.name()), reason.name());
        }
        for (InspectionRules.Problem problem : InspectionRules.Problem.values()) {
            assertTrue(known.contains("inspection.problem." + problem.name()), problem.name());
        }
        for (InspectionScope scope : InspectionScope.values()) {
            assertTrue(known.contains("inspection.scope.hint." + scope.name()), scope.name());
        }
        for (DisclosureRefusedException.Reason reason : DisclosureRefusedException.Reason.values()) {
            assertTrue(known.contains("disclosures.refused." + reason.name()), reason.name());
        }
        for (org.shoumi.quizzes.bank.boundary.RevisionRefusedException.Reason reason
                : org.shoumi.quizzes.bank.boundary.RevisionRefusedException.Reason.values()) {
            assertTrue(known.contains("quiz.review.refused." + reason.name()), reason.name());
        }
        for (DailyRefusedException.Reason reason : DailyRefusedException.Reason.values()) {
            assertTrue(known.contains("quiz.daily.refused." + reason.name()), reason.name());
        }
        for (DisclosureStatus step : DisclosureStatus.values()) {
            assertTrue(known.contains("disclosures.step." + step.name()), step.name());
        }
        for (LiaisonRefusedException.Reason reason : LiaisonRefusedException.Reason.values()) {
            assertTrue(known.contains("liaisons.refused." + reason.name()), reason.name());
        }
        for (LiaisonRules.Cover cover : LiaisonRules.Cover.values()) {
            assertTrue(known.contains("liaisons.cover." + cover.name()), cover.name());
        }
        for (LiaisonRules.Standing standing : LiaisonRules.Standing.values()) {
            assertTrue(known.contains("liaisons.standing." + standing.name()), standing.name());
        }
        for (LiaisonEntryKind kind : LiaisonEntryKind.values()) {
            assertTrue(known.contains("liaisons.file.line." + kind.name()), kind.name());
        }
        for (ReadingPolicy.Reason reason : ReadingPolicy.Reason.values()) {
            assertTrue(known.contains("home.tasks.reason." + reason.name()), reason.name());
        }
    }

    @Test
    void everyContentProblemCodeHasAMessage() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> codes = new TreeSet<>(Set.of("other"));
        try (Stream<Path> files = Files.walk(Path.of("../content/src/main/java"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PROBLEM_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertTrue(codes.size() > 5, codes.toString());
        for (String code : codes) {
            assertTrue(known.contains("content.problem." + code), code);
        }
    }

    @Test
    void everyErrorPageHasItsHeadingAndText() throws IOException {
        Set<String> known = keys("messages.properties");
        try (Stream<Path> files = Files.list(WEBAPP.resolve("WEB-INF/errorpages"))) {
            for (Path page : files.toList()) {
                String kind = page.getFileName().toString().replace(".xhtml", "");
                assertTrue(known.contains("error." + kind + ".heading"), kind);
                assertTrue(known.contains("error." + kind + ".text"), kind);
            }
        }
    }

    @Test
    void everyStepHeldBackSaysWhichEarlierStepIsMissing() throws IOException {
        Set<String> known = keys("messages.properties");
        int ordered = 0;
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            if (!ProgrammeRules.ordered(kind) && kind != ProgrammeKind.IN_POST) {
                continue; // the in-post programme holds back its pledge only
            }
            ordered++;
            List<ProgrammeRules.Step> steps = ProgrammeRules.steps(kind, new ProgrammeRules.Quizzes("Q1", "Q2"));
            for (int i = 0; i < steps.size(); i++) {
                if (!ProgrammeRules.heldBack(kind, steps.get(i))) {
                    continue;
                }
                for (ProgrammeRules.Step earlier : steps.subList(0, i)) {
                    StepRefusedException refused = new StepRefusedException(kind, steps.get(i).kind(),
                            List.of(new ProgrammeRules.Missing(earlier.kind(), earlier.target(), 3)));
                    String key = StepRefusals.key(refused, refused.missing().get(0));
                    assertTrue(known.contains(key), key);
                }
            }
        }
        assertTrue(ordered > 0, "onboarding is taken in order");
        // the number of documents owed is in the message, in both languages
        String zh = load(I18N.resolve("messages_zh_CN.properties")).getProperty("programme.refused.ONBOARDING.QUIZ.READ");
        assertEquals("请先阅读并确认全部 3 份应学文件，再参加上岗考试。",
                new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE).format(new Object[] {3}));
        String en = load(I18N.resolve("messages.properties")).getProperty("programme.refused.ONBOARDING.QUIZ.READ");
        assertEquals("Read and acknowledge the 3 documents still owed before taking the onboarding exam.",
                new MessageFormat(en, Locale.ENGLISH).format(new Object[] {3}));
        assertEquals("Read and acknowledge the document still owed before taking the onboarding exam.",
                new MessageFormat(en, Locale.ENGLISH).format(new Object[] {1}));
    }
}
