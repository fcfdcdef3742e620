package org.shoumi.portal.web.quizzes;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.AikenReader;
import org.shoumi.quizzes.bank.control.importing.GiftReader;
import org.shoumi.quizzes.bank.control.importing.HeldQuestions;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.MoodleXmlReader;
import org.shoumi.quizzes.bank.control.importing.QuestionLengths;
import org.shoumi.quizzes.bank.control.importing.QuestionShape;
import org.shoumi.quizzes.bank.control.importing.SpreadsheetFiles;
import org.shoumi.quizzes.bank.control.importing.TextDecoding;

/**
 * Importing questions: upload a file, see every problem row by row, and import only a file without any;
 * exporting the bank in the same layout. Excel (.xlsx) and CSV in the Chinese layout; Moodle GIFT (.gift, or a .txt
 * that looks like GIFT), Aiken (any other .txt) and Moodle XML (.xml). Notices (Moodle questions of a type the bank
 * does not have, partial credit, pictures; rows the bank holds with another answer, other options or as another type,
 * or only as a retired question or a replaced wording, which the import skips) are listed with the check and do not
 * block the import.
 */
@Named
@ViewScoped
public class QuestionImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Length of BankQuestion's source column. */
    private static final int SOURCE_LENGTH = 40;

    /** One problem as the page shows it. */
    public record Problem(int row, String text) implements Serializable {
    }

    @Inject
    QuestionBank bank;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    jakarta.faces.context.ExternalContext external;

    @Inject
    org.shoumi.content.documents.boundary.Documents documents;

    @Inject
    org.shoumi.portal.web.shared.Times times;

    @Inject
    org.shoumi.portal.web.shared.PersonNames personNames;

    /** The file sent with the request being answered; taken (and cleared) by {@link #check} and {@link #importChecked}. */
    private transient UploadedFile file;
    /** The name of the file checked last. */
    private String fileName;
    /** The SHA-256 of the bytes checked last: what 导入 imports, whatever is chosen since. */
    private String checkedDigest;
    private ImportResult checked;
    /** What importing the checked file would do to the bank as it was at the check. */
    private QuestionBank.ImportCount plan;

    /** Reads the uploaded file and keeps what it yields; nothing is stored yet. */
    public void check() {
        UploadedFile file = taken();
        checked = null;
        plan = null;
        checkedDigest = null;
        if (file == null || file.getSize() == 0) {
            // a file chosen but empty is said so ("请选择文件" when one was chosen: outside check)
            boolean named = file != null && file.getFileName() != null && !file.getFileName().isBlank();
            messages.error(named ? "quiz.import.emptyFile" : "quiz.import.noFile", named ? file.getFileName() : "");
            return;
        }
        fileName = file.getFileName() == null ? "" : file.getFileName();
        String lower = fileName.toLowerCase(Locale.ROOT);
        byte[] bytes = file.getContent();
        if (bytes.length > SpreadsheetFiles.MAX_BYTES) {
            messages.error("quiz.import.tooLarge", SpreadsheetFiles.MAX_BYTES / 1024 / 1024);
            return;
        }
        checkedDigest = digest(bytes);
        java.util.Map<String, Boolean> clauses = new java.util.HashMap<>();
        checked = QuestionShape.checked(QuestionLengths.checked(read(lower, bytes)),
                clause -> clauses.computeIfAbsent(clause, c -> documents.cited(c).isPresent()));
        if (checked == null) {
            messages.error("quiz.import.unknownType");
            return;
        }
        if (!checked.importable()) {
            messages.error("quiz.import.refused", checked.problems().size());
            return;
        }
        // a file larger than one import ends within the transaction timeout is refused here, before anything is
        // stored (a 2 MB GIFT file passed the check and its import held the bank's locks for minutes: outside check)
        int limit = bank.maxImportQuestions();
        if (checked.questions().size() > limit) {
            messages.error("quiz.import.tooManyQuestions", fileName, checked.questions().size(), limit);
            checked = null;
            return;
        }
        // the questions the bank already holds are said now, not only after the import skipped them (a file of the
        // bank's own export read "441 道题可以导入", then "已导入 0 道题": outside check)
        plan = bank.preview(checked.questions());
        if (plan.added() == 0) {
            // "1 道题题库中都已有" read wrong for one question (都 is for several: outside check)
            messages.warn(plan.skipped() == 1 ? "quiz.import.allHeld.one" : "quiz.import.allHeld", plan.skipped(),
                    fileName);
        } else if (!checked.notices().isEmpty()) {
            messages.warn("quiz.import.readyWithNotes", plan.added(), fileName, checked.notices().size());
        } else {
            messages.info("quiz.import.ready", plan.added(), fileName);
        }
        if (plan.added() > 0 && plan.skipped() > 0) {
            messages.info("quiz.import.held", plan.skipped());
        }
        // a row the bank holds with another answer or other options is not a correction of the bank's question
        // (a 判断 checked again with 错 read "题库中都已有" and the bank kept 对: outside check); each is named below
        long withdrawn = plan.notices().stream().filter(QuestionImportView::withdrawn).count();
        if (plan.notices().size() > withdrawn) {
            messages.warn("quiz.import.heldDiffers", plan.notices().size() - withdrawn);
        }
        // a row the bank holds only as a retired question or a replaced wording is skipped, not brought back into
        // the draws (an old export re-imported both, the check saying nothing: outside check); each is named below
        if (withdrawn > 0) {
            messages.warn("quiz.import.heldWithdrawn", withdrawn);
        }
    }

    /**
     * Whether a notice names a row the bank holds only as a retired question or a version a revision replaced (its
     * later version in use, or retired too).
     */
    private static boolean withdrawn(ImportProblem notice) {
        return HeldQuestions.RETIRED.equals(notice.key()) || HeldQuestions.SUPERSEDED.equals(notice.key())
                || HeldQuestions.SUPERSEDED_RETIRED.equals(notice.key());
    }

    /** The reader for the file's extension (lower case); null for a type that cannot be imported. */
    static ImportResult read(String lowerName, byte[] bytes) {
        if (lowerName.endsWith(".xlsx")) {
            return SpreadsheetFiles.readXlsx(bytes);
        }
        if (lowerName.endsWith(".csv")) {
            return SpreadsheetFiles.readCsv(bytes);
        }
        try {
            if (lowerName.endsWith(".gift")) {
                return GiftReader.read(TextDecoding.decode(bytes));
            }
            if (lowerName.endsWith(".xml")) {
                return MoodleXmlReader.read(TextDecoding.decode(bytes));
            }
            if (lowerName.endsWith(".txt")) {
                String text = TextDecoding.decode(bytes);
                return GiftReader.looksLikeGift(text) ? GiftReader.read(text) : AikenReader.read(text);
            }
        } catch (TextDecoding.Undecodable encoding) {
            return SpreadsheetFiles.undecodable();
        }
        return null;
    }

    /**
     * The source recorded with each imported question: "import:" and the file name, cut to the 40 characters the
     * column holds (Moodle's export names, such as questions-课程-分类-20261130-1205.xml, are longer).
     */
    static String source(String fileName) {
        String source = "import:" + fileName;
        if (source.length() <= SOURCE_LENGTH) {
            return source;
        }
        int end = Character.isHighSurrogate(source.charAt(SOURCE_LENGTH - 1)) ? SOURCE_LENGTH - 1 : SOURCE_LENGTH;
        return source.substring(0, end);
    }

    /** The file sent with this request, if any, no longer kept for the next one. */
    private UploadedFile taken() {
        UploadedFile sent = file;
        file = null;
        return sent;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports the checked file, all or nothing. A file chosen after the check and sent with 导入 is not imported
     * unchecked, nor is the earlier one in its place (导入 imported the file checked before and said nothing of which:
     * outside check): unless it is the checked file itself, nothing is imported and the earlier check is dropped,
     * so that the file now chosen is checked first.
     */
    public String importChecked() {
        UploadedFile sent = taken();
        if (sent != null && sent.getSize() > 0 && checked != null) {
            String sentName = sent.getFileName() == null ? "" : sent.getFileName();
            if (!sentName.equals(fileName) || !digest(sent.getContent()).equals(checkedDigest)) {
                messages.error("quiz.import.notChecked", sentName, fileName);
                checked = null;
                plan = null;
                checkedDigest = null;
                return null;
            }
        }
        if (checked == null || !checked.importable()) {
            messages.error("quiz.import.nothingChecked");
            return null;
        }
        // a file whose questions the bank holds all offers no import (the button pressed anyway read "已导入 0 道题":
        // outside check); a post sent without the button is answered as the check was
        if (plan != null && plan.added() == 0) {
            messages.warn(plan.skipped() == 1 ? "quiz.import.allHeld.one" : "quiz.import.allHeld", plan.skipped(),
                    fileName);
            return null;
        }
        QuestionBank.ImportCount count = bank.importQuestions(checked.questions(), source(fileName),
                external.getRemoteUser());
        // the same page answers, without a redirect: its message then needs no flash scope to reach the page
        // (flash messages went missing now and then in the browser tests); the file is done with, so the
        // import button goes, and importing it again would add nothing anyway
        checked = null;
        plan = null;
        checkedDigest = null;
        messages.info("quiz.import.done", count.added(), count.skipped(), fileName);
        return null;
    }

    public StreamedContent getExcel() {
        byte[] bytes = SpreadsheetFiles.writeXlsx(bank.exportRows());
        return DefaultStreamedContent.builder().name("shoumi-questions.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public StreamedContent getCsv() {
        byte[] bytes = SpreadsheetFiles.writeCsv(bank.exportRows());
        return DefaultStreamedContent.builder().name("shoumi-questions.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public List<Problem> getProblems() {
        return checked == null ? List.of() : texts(checked.problems());
    }

    /** What the file holds that is left out (skipped Moodle types, partial credit, pictures); no obstacle. */
    public List<Problem> getNotices() {
        if (checked == null) {
            return List.of();
        }
        List<ImportProblem> notices = new java.util.ArrayList<>(checked.notices());
        if (plan != null) {
            notices.addAll(plan.notices());
            notices.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        }
        return texts(notices);
    }

    private List<Problem> texts(List<ImportProblem> problems) {
        return problems.stream().map(p -> new Problem(p.row(), ImportTexts.text(named(p),
                localeSelection.getLocale()))).toList();
    }

    /**
     * A notice of a withdrawn question as the page says it: the time in the unit's zone and the name of the person
     * who retired or revised it (or the content pack), not the stored instant and login.
     */
    private ImportProblem named(ImportProblem p) {
        if (!withdrawn(p) || p.args().size() < 3) {
            return p;
        }
        List<String> args = new java.util.ArrayList<>(p.args());
        args.set(1, args.get(1).isEmpty() ? "" : times.format(java.time.Instant.parse(args.get(1))));
        args.set(2, QuestionBank.PACK_SOURCE.equals(args.get(2)) ? messages.text("content.history.pack")
                : personNames.of(args.get(2)));
        return new ImportProblem(p.row(), p.key(), args);
    }

    public int getReadyCount() {
        // the questions the import would add, not those the file holds: a file the bank holds all offers no import
        return checked != null && checked.importable() && plan != null ? plan.added() : 0;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
