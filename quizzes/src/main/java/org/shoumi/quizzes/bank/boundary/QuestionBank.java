package org.shoumi.quizzes.bank.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoumi.content.pack.control.PackQuestion;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.quizzes.bank.control.PackRelease;
import org.shoumi.quizzes.bank.control.importing.HeldQuestions;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.control.importing.QuestionLengths;
import org.shoumi.quizzes.bank.control.importing.QuestionShape;
import org.shoumi.quizzes.bank.control.importing.SpreadsheetLayout;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.bank.entity.RuleCode;
import org.shoumi.content.text.Texts;

/** The question bank: imported from the content pack, read by quizzes and statistics. */
@ApplicationScoped
@Boundary
public class QuestionBank {

    public static final String PACK_SOURCE = PackRelease.PACK;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    /** The rules and duties in force, whose clauses a revision may cite. */
    @jakarta.inject.Inject
    org.shoumi.content.documents.boundary.Documents documents;

    public long count() {
        return em.createNamedQuery(BankQuestion.COUNT, Long.class).getSingleResult();
    }

    /** How many questions are in use: retired ones and the earlier versions of revised ones left out. */
    public long activeCount() {
        return em.createQuery("select count(q) from BankQuestion q where q.active = true", Long.class)
                .getSingleResult();
    }

    /** How many active questions cite each of these clauses (clauses nobody cites are left out). */
    public java.util.Map<String, Long> citing(java.util.Collection<String> clauseCodes) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        if (clauseCodes.isEmpty()) {
            return counts;
        }
        em.createQuery("select q.clause.code, count(q) from BankQuestion q where q.active = true "
                        + "and q.clause.code in :codes group by q.clause.code", Object[].class)
                .setParameter("codes", clauseCodes).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * What a pack import did: questions added, questions revised to the pack's new wording, unchanged ones (retired
     * ones among them), and the keys of the officers' versions kept although the pack brings a new text of its own
     * ({@link PackRelease.Step#OFFICERS_KEPT}: the start-up log names them).
     */
    public record PackImport(int added, int revised, int unchanged, List<String> officersKept) {

        public PackImport {
            officersKept = List.copyOf(officersKept);
        }

        public PackImport(int added, int revised, int unchanged) {
            this(added, revised, unchanged, List.of());
        }
    }

    /**
     * Brings the bank to the pack ({@link PackRelease}): a question the bank lacks is added (version 1); one whose
     * version in use is the pack's own and reads differently gets a new version with the pack's wording (the old one
     * retired, kept for the attempts that asked it); one an officer revised keeps the officer's version, also when a
     * new release rewrote it (named in {@link PackImport#officersKept}); one an officer retired stays retired. Run at
     * every start, so a new release's bank reaches existing installations, and a restart with the same pack changes
     * nothing. Exclusion groups follow the pack on the versions in use.
     */
    public PackImport importPack(List<PackQuestion> questions) {
        int added = 0;
        int revised = 0;
        int unchanged = 0;
        List<String> kept = new ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        // every version of every lineage, oldest first, read once (this runs at every start)
        Map<String, List<BankQuestion>> lineages = new java.util.HashMap<>();
        em.createQuery("select q from BankQuestion q order by q.id", BankQuestion.class).getResultStream()
                .forEach(b -> lineages.computeIfAbsent(b.getLineage(), l -> new ArrayList<>()).add(b));
        for (PackQuestion q : questions) {
            List<String> options = new ArrayList<>(q.options().values());
            List<BankQuestion> versions = lineages.getOrDefault(q.id(), List.of());
            PackRelease.Step step = PackRelease.step(versions.stream().map(v -> new PackRelease.Version(
                    v.getCreatedBy(), v.getVersion(), v.isActive(),
                    v.sameContent(q.stem(), options, q.answer(), q.explanation(), q.difficulty()))).toList());
            BankQuestion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            switch (step) {
                case ADD -> {
                    em.persist(new BankQuestion(q.id(), QuestionType.valueOf(q.type()), q.stem(), options, q.answer(),
                            q.explanation(), q.category(), new RuleCode(q.clause()), q.difficulty(), q.basis(),
                            PACK_SOURCE).created(PACK_SOURCE, now, q.group()));
                    added++;
                }
                case REVISE -> {
                    em.persist(latest.revise(q.stem(), options, q.answer(), q.explanation(), q.difficulty(),
                            new RuleCode(q.clause()), q.group(), "content pack " + q.file(), PACK_SOURCE, now));
                    revised++;
                }
                case OFFICERS_KEPT -> {
                    latest.group(q.group());
                    kept.add(latest.getQuestionKey());
                }
                case UNCHANGED -> {
                    if (latest.isActive()) {
                        latest.group(q.group());
                    }
                    unchanged++;
                }
                case RETIRED -> unchanged++;
                default -> throw new IllegalStateException(step.name());
            }
        }
        em.flush();
        return new PackImport(added, revised, unchanged, kept);
    }

    /** A revision an officer writes: the new wording and why. */
    /**
     * A new version as the officer writes it; {@code clause} the clause it cites (blank for none): a clause a new
     * version of its rule no longer has is changed or removed here.
     */
    public record Revision(String stem, List<String> options, String answer, String explanation, int difficulty,
                           String note, String clause) {

        /** A revision that keeps the clause the question cites. */
        public Revision(String stem, List<String> options, String answer, String explanation, int difficulty,
                        String note) {
            this(stem, options, answer, explanation, difficulty, note, null);
        }
    }

    /**
     * Replaces an active question by a new version, checked by the import's rules ({@link QuestionShape},
     * {@link QuestionLengths}, a cited clause the rules in force have): refused with {@link RevisionRefusedException}
     * naming every problem at once, and for an
     * unknown key, a retired question or a missing note; with {@link RevisionUnchangedException} when it changes
     * nothing. The answer is stored as the import stores it ({@link SpreadsheetLayout#answer}: A、C → AC,
     * 对 → TRUE). Returns the new version's key.
     */
    public String revise(String key, Revision r, String by) {
        // each refusal an answer for the officer, not a fault: an IllegalArgumentException from here or the
        // entity wrote an FFDC report and the form a catch-all message (outside check)
        BankQuestion current = byKey(key).orElseThrow(() -> new RevisionRefusedException(
                RevisionRefusedException.Reason.UNKNOWN_QUESTION));
        if (!current.isActive()) {
            throw new RevisionRefusedException(RevisionRefusedException.Reason.RETIRED);
        }
        // a note that says nothing ("无", "-") is no account of a change the record keeps for good (ex-s37d 2)
        if (!Texts.saysSomething(r.note())) {
            throw new RevisionRefusedException(RevisionRefusedException.Reason.NO_NOTE);
        }
        // the rules of the import, so that the bank never holds a question the import (and so its own export)
        // refuses, nor one no taker can answer right (a 多选 with one right option, a 填空 with an answer short)
        String answer = SpreadsheetLayout.answer(current.getType(), r.answer());
        // the options as given up to the last filled one (the form has six fields); a blank before it is a gap
        List<String> options = new ArrayList<>(current.getType().hasOptions() && r.options() != null
                ? r.options().stream().map(o -> o == null ? "" : o.strip()).toList() : List.of());
        while (!options.isEmpty() && options.get(options.size() - 1).isEmpty()) {
            options.remove(options.size() - 1);
        }
        ImportedQuestion asked = new ImportedQuestion(0, current.getType(), r.stem(), options, answer,
                r.explanation(), current.getCategory(), null, r.difficulty(), current.getBasis());
        List<ImportProblem> problems = new ArrayList<>(QuestionShape.problems(asked));
        problems.addAll(QuestionLengths.problems(asked));
        // a question cites a clause of the rules in force, or none; said with the other problems, not alone before
        // them (the form named the clause, and the rest only once it was mended: outside check)
        if (r.clause() != null && !r.clause().isBlank() && documents.cited(r.clause().strip()).isEmpty()) {
            problems.add(ImportProblem.of(0, "import.error.clauseUnknown", r.clause().strip()));
        }
        // nor a copy of another question in use: a paper could ask it twice, with opposite keys, and the export
        // would hold a row its own import refuses (outside check ex-s37d 1)
        if (r.stem() != null && !r.stem().isBlank()) {
            HeldQuestions.sameAsAnother(0, current.getType(), r.stem(), active().stream()
                    .filter(q -> !q.getQuestionKey().equals(current.getQuestionKey()))
                    .map(q -> new HeldQuestions.Held(q.getQuestionKey(), q.getType(), q.getStem(), q.getOptions(),
                            q.getAnswer())).toList()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new RevisionRefusedException(RevisionRefusedException.Reason.SHAPE, problems);
        }
        // the clause as the revision gives it: kept when it says nothing of it (null), removed when blank
        RuleCode clause = r.clause() == null ? current.getClause()
                : r.clause().isBlank() ? null : new RuleCode(r.clause().strip());
        String clauseBefore = current.getClause() == null ? "" : current.getClause().code();
        String clauseAfter = clause == null ? "" : clause.code();
        if (r.stem().strip().equals(current.getStem()) && options.equals(current.getOptions())
                && answer.equals(current.getAnswer()) && blank(r.explanation()).equals(
                blank(current.getExplanation())) && r.difficulty() == current.getDifficulty()
                && clauseBefore.equals(clauseAfter)) {
            throw new RevisionUnchangedException(key);
        }
        BankQuestion next = current.revise(r.stem().strip(), options, answer, r.explanation(),
                r.difficulty(), clause, current.getExclusionGroup(), Texts.clean(r.note()), by, java.time.Instant.now());
        em.persist(next);
        em.flush();
        return next.getQuestionKey();
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    /**
     * Takes a question out of future draws, with who and why; attempts that asked it keep it. A reason that says
     * nothing ({@link Texts#saysSomething}: "-", "无" alone) is refused: the import's notes quote it later as why the
     * question left (outside check ex-s37d 2).
     */
    public void retire(String key, String reason, String by) {
        if (!Texts.saysSomething(reason)) {
            throw new IllegalArgumentException("retiring needs a reason");
        }
        byKey(key).orElseThrow(() -> new IllegalArgumentException("no question " + key))
                .retire(Texts.clean(reason), by, java.time.Instant.now());
    }

    /** Every version of the question with this key (or lineage), newest first. */
    public List<BankQuestion> versions(String key) {
        String lineage = byKey(key).map(BankQuestion::getLineage).orElse(key);
        return em.createNamedQuery(BankQuestion.VERSIONS, BankQuestion.class).setParameter("key", lineage)
                .getResultList();
    }

    /**
     * How an import went: questions added, and questions skipped because the bank already had them (in use, retired or
     * replaced by a revision); the notices of rows the bank holds with another answer or other options, as a question
     * of another type, or only as a retired or replaced one ({@link HeldQuestions}).
     */
    public record ImportCount(int added, int skipped, List<ImportProblem> notices) implements java.io.Serializable {

        public ImportCount {
            notices = List.copyOf(notices);
        }

        public ImportCount(int added, int skipped) {
            this(added, skipped, List.of());
        }
    }

    /**
     * The most questions one file may hold ({@code shoumi.quizzes.import.max-questions}): the check refuses a larger
     * file before anything is stored, so that an import ends well within the transaction timeout.
     */
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.quizzes.import.max-questions",
            defaultValue = "5000")
    int maxImportQuestions;

    public int maxImportQuestions() {
        return maxImportQuestions;
    }

    /**
     * What importing these questions would do, nothing stored: how many the bank lacks and how many it already
     * holds (and the import skips), counted as {@link #importQuestions} counts them.
     */
    public ImportCount preview(List<ImportedQuestion> questions) {
        HeldQuestions.Plan plan = plan(questions);
        return new ImportCount(plan.fresh().size(), plan.skipped(), plan.notices());
    }

    /**
     * Adds imported questions, all in one transaction: if one cannot be stored, none is. A question the bank
     * already holds (the same type and stem, from the content pack or an earlier import) is skipped, so importing
     * the same file twice, or the bank's own export, adds nothing and no exam asks the same question twice. Each
     * question added says who imported it and when ({@code by}), as a question written on the page does (the review
     * page showed imported questions without either). The bank is read once before anything is added (a query per
     * question flushed every question added before it: a 2 MB file took minutes, holding the bank's locks).
     */
    public ImportCount importQuestions(List<ImportedQuestion> questions, String source, String by) {
        java.time.Instant now = java.time.Instant.now();
        HeldQuestions.Plan plan = plan(questions);
        Map<String, ImportedQuestion> fresh = plan.fresh();
        fresh.forEach((key, q) -> em.persist(new BankQuestion(key, q.type(), q.stem(), q.options(), q.answer(),
                q.explanation(), q.category() == null ? "imported" : q.category(),
                q.clause() == null ? null : new RuleCode(q.clause()), q.difficulty(), q.basis(), source)
                .created(by, now, null)));
        em.flush();
        return new ImportCount(fresh.size(), plan.skipped(), plan.notices());
    }

    /**
     * The questions the bank lacks, by the key each would be stored under, in the file's order, and the rows it holds
     * otherwise ({@link HeldQuestions#plan}): also those it holds only as a retired question or as a version a
     * revision replaced, which are skipped and named, not brought back. Three queries, whatever the number of
     * questions.
     */
    private HeldQuestions.Plan plan(List<ImportedQuestion> questions) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        Map<String, String> latestOf = new java.util.HashMap<>();
        em.createQuery("select q.questionKey, q.lineage from BankQuestion q order by q.id", Object[].class)
                .getResultList().forEach(row -> {
                    keys.add((String) row[0]);
                    latestOf.put(row[1] == null ? (String) row[0] : (String) row[1], (String) row[0]);
                });
        List<HeldQuestions.Held> held = active().stream().map(q -> new HeldQuestions.Held(q.getQuestionKey(),
                q.getType(), q.getStem(), q.getOptions(), q.getAnswer())).toList();
        List<HeldQuestions.Withdrawn> withdrawn = em.createQuery(
                        "select q from BankQuestion q where q.active = false order by q.id desc", BankQuestion.class)
                .getResultList().stream().map(q -> new HeldQuestions.Withdrawn(q.getQuestionKey(), q.getType(),
                        q.getStem(), q.getRetiredAt() == null ? "" : q.getRetiredAt().toString(),
                        q.getRetiredBy() == null ? "" : q.getRetiredBy(),
                        q.isRetiredByRevision() ? latestOf.get(q.getLineage()) : null,
                        q.getRetireNote() == null ? "" : q.getRetireNote()))
                .toList();
        return HeldQuestions.plan(keys, held, withdrawn, questions);
    }

    /** Every active question as a row of the spreadsheet layout (header not included). */
    public List<List<String>> exportRows() {
        return active().stream().map(q -> SpreadsheetLayout.row(q.getType(), q.getStem(), q.getOptions(),
                q.answerKey().type() == QuestionType.FILL ? String.join(";", q.answerKey().blanks().stream()
                        .map(b -> String.join("|", b)).toList()) : q.answerKey().display(),
                q.getExplanation(), q.getDifficulty(), q.getCategory(),
                q.getClause() == null ? null : q.getClause().code(), q.getBasis())).toList();
    }

    public List<BankQuestion> active() {
        return em.createNamedQuery(BankQuestion.ACTIVE, BankQuestion.class).getResultList();
    }

    /** The questions of these keys, by key (unknown keys are left out): the drawn questions of a new attempt. */
    public Map<String, BankQuestion> byKeys(java.util.Collection<String> keys) {
        Map<String, BankQuestion> found = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select q from BankQuestion q where q.questionKey in :keys", BankQuestion.class)
                    .setParameter("keys", List.copyOf(keys)).getResultList()
                    .forEach(q -> found.put(q.getQuestionKey(), q));
        }
        return found;
    }

    public Optional<BankQuestion> byKey(String key) {
        return em.createNamedQuery(BankQuestion.BY_KEY, BankQuestion.class).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    /** The categories questions can be drawn from, alphabetically. */
    public List<String> categories() {
        return em.createQuery("select distinct q.category from BankQuestion q where q.active = true "
                + "and q.category is not null order by q.category", String.class).getResultList();
    }
}
