package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.TextDecoding;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** The import page picks the reader by extension, and tells GIFT from Aiken in a .txt. */
class QuestionImportViewTest {

    private static final String GIFT = "::密级::国家秘密的密级分为几级？{=三级 ~两级 ~四级}\n\n涉密计算机可以连接互联网。{F}\n";
    private static final String AIKEN = "国家秘密的密级分为几级？\nA) 两级\nB) 三级\nANSWER: B\n";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="truefalse">
                <name><text>判断</text></name>
                <questiontext format="html"><text>涉密计算机可以连接互联网。</text></questiontext>
                <answer fraction="0"><text>true</text></answer>
                <answer fraction="100"><text>false</text></answer>
              </question>
            </quiz>
            """;

    private static ImportResult read(String name, String text) {
        return QuestionImportView.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void giftByExtensionOrByLook() {
        assertEquals(2, read("bank.gift", GIFT).questions().size());
        ImportResult txt = read("bank.txt", GIFT);
        assertEquals(2, txt.questions().size());
        assertEquals("A", txt.questions().get(0).answer());
        assertEquals(QuestionType.JUDGE, txt.questions().get(1).type());
    }

    @Test
    void otherTextIsAiken() {
        ImportResult r = read("bank.txt", AIKEN);
        assertEquals(1, r.questions().size());
        assertEquals("B", r.questions().get(0).answer());
    }

    @Test
    void moodleXml() {
        ImportResult r = read("moodle-export.xml", XML);
        assertEquals("FALSE", r.questions().get(0).answer());
    }

    @Test
    void gbkGiftIsDecoded() {
        ImportResult r = QuestionImportView.read("bank.gift", GIFT.getBytes(TextDecoding.GBK));
        assertEquals("国家秘密的密级分为几级？", r.questions().get(0).stem());
    }

    @Test
    void theRecordedSourceFitsItsColumn() {
        assertEquals("import:bank.gift", QuestionImportView.source("bank.gift"));
        assertEquals(40, QuestionImportView.source("questions-保密培训-默认分类-保密法规-20261130-1205.xml").length());
    }

    /** The messages the view adds, as key and arguments. */
    private static final class Said extends org.shoumi.portal.web.shared.Messages {
        final java.util.List<String> said = new java.util.ArrayList<>();
        int ready;

        @Override
        public void info(String key, Object... args) {
            said.add("info " + key + java.util.Arrays.toString(args));
        }

        @Override
        public void warn(String key, Object... args) {
            said.add("warn " + key + java.util.Arrays.toString(args));
        }

        @Override
        public void error(String key, Object... args) {
            said.add("error " + key + java.util.Arrays.toString(args));
        }
    }

    /** A bank that holds the questions whose stems start with 已有, and takes at most {@code limit} at once. */
    private static class Bank extends org.shoumi.quizzes.bank.boundary.QuestionBank {
        private final int limit;

        Bank(int limit) {
            this.limit = limit;
        }

        @Override
        public int maxImportQuestions() {
            return limit;
        }

        @Override
        public ImportCount preview(java.util.List<org.shoumi.quizzes.bank.control.importing.ImportedQuestion> qs) {
            int held = (int) qs.stream().filter(q -> q.stem().startsWith("已有")).count();
            return new ImportCount(qs.size() - held, held);
        }
    }

    private static Said check(Bank bank, String name, String text) {
        QuestionImportView view = new QuestionImportView();
        Said said = new Said();
        view.bank = bank;
        view.messages = said;
        view.setFile(upload(name, text));
        view.check();
        said.ready = view.getReadyCount();
        return said;
    }

    private static org.primefaces.model.file.UploadedFile upload(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new org.primefaces.model.file.UploadedFile() {
            public String getFileName() {
                return name;
            }

            public String getWebkitRelativePath() {
                return null;
            }

            public java.io.InputStream getInputStream() {
                return new java.io.ByteArrayInputStream(bytes);
            }

            public byte[] getContent() {
                return bytes;
            }

            public String getContentType() {
                return "text/plain";
            }

            public long getSize() {
                return bytes.length;
            }

            public java.io.File write(String path) {
                throw new UnsupportedOperationException();
            }

            public void delete() {
            }
        };
    }

    private static String gift(int questions, String prefix) {
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < questions; i++) {
            gift.append(prefix).append(i).append("是否正确？ {=是 ~否}\n\n");
        }
        return gift.toString();
    }

    /**
     * Found by an outside check: a 2 MB GIFT file of 28,791 questions passed the check and its import held the
     * bank's locks for minutes. A file over the limit is refused at the check, naming count and limit, and nothing
     * can be imported.
     */
    @Test
    void aFileOverTheLimitIsRefusedAtTheCheck() {
        Bank bank = new Bank(100);
        Said said = check(bank, "big.gift", gift(101, "题"));
        assertEquals(java.util.List.of("error quiz.import.tooManyQuestions[big.gift, 101, 100]"), said.said);
        assertEquals(0, said.ready, "no import button");

        Said atTheLimit = check(bank, "just.gift", gift(100, "题"));
        assertEquals(java.util.List.of("info quiz.import.ready[100, just.gift]"), atTheLimit.said.subList(0, 1));
        assertEquals(100, atTheLimit.ready);
    }

    /**
     * Found by an outside check: a blank Aiken .txt (blank lines, or a BOM only) read "文件有 0 处问题，不能导入" with no
     * problem listed. It is refused with the one problem the other readers name: the file holds no questions.
     */
    @Test
    void aBlankAikenFileNamesItsOneProblem() {
        for (String text : java.util.List.of("\n\n   \n", "\uFEFF")) {
            QuestionImportView view = new QuestionImportView();
            Said said = new Said();
            view.bank = new Bank(100);
            view.messages = said;
            view.setFile(upload("blank.txt", text));
            view.check();
            assertEquals(java.util.List.of("error quiz.import.refused[1]"), said.said);
            assertEquals(0, view.getReadyCount());
        }
    }

    /**
     * Found by an outside check: a .csv of blank lines read "表头缺少“题型”列" three times and an .xml of blank lines
     * "文件不是格式正确的 XML", where the guide promises 文件中没有试题 for a file of any format that holds no question.
     */
    @Test
    void aFileOfBlankLinesHoldsNoQuestionsInEveryFormat() {
        for (String name : java.util.List.of("blank.csv", "blank.txt", "blank.gift", "blank.xml")) {
            for (String text : java.util.List.of("\n\n\n", "\uFEFF\n\n\n", "\uFEFF")) {
                ImportResult r = read(name, text);
                assertEquals(java.util.List.of(org.shoumi.quizzes.bank.control.importing.ImportProblem.of(1,
                        "import.error.empty")), r.problems(), name + " [" + text + "]");
            }
        }
    }

    /**
     * Found by an outside check: the bank's own export read "441 道题可以导入", then "已导入 0 道题，441 道题库中已有".
     * The check says how many questions are new and how many the bank holds already.
     */
    @Test
    void theCheckSaysWhatTheBankHoldsAlready() {
        Said some = check(new Bank(100), "some.gift", gift(3, "新") + gift(2, "已有"));
        assertEquals("info quiz.import.ready[3, some.gift]", some.said.get(0));
        assertEquals("info quiz.import.held[2]", some.said.get(1));

        Said all = check(new Bank(100), "bank2.gift", gift(4, "已有"));
        assertEquals("warn quiz.import.allHeld[4, bank2.gift]", all.said.get(0));
    }

    /**
     * Found by an outside check: a file the bank holds all still offered 导入, which then said "已导入 0 道题"; and
     * "1 道题题库中都已有" is wrong for one question. The import is offered for the questions it would add only, and one
     * held question is said as one.
     */
    @Test
    void aFileTheBankHoldsAllOffersNoImport() {
        Said all = check(new Bank(100), "bank2.gift", gift(4, "已有"));
        assertEquals(0, all.ready, "no import button");

        Said one = check(new Bank(100), "one.gift", gift(1, "已有"));
        assertEquals(java.util.List.of("warn quiz.import.allHeld.one[1, one.gift]"), one.said);
        assertEquals(0, one.ready);

        Said some = check(new Bank(100), "some.gift", gift(3, "新") + gift(2, "已有"));
        assertEquals(3, some.ready, "the questions the import adds, not the file's five");
    }

    /** Pressing 导入 for such a file anyway (a post without the button) stores nothing and says why. */
    @Test
    void importingAFileTheBankHoldsAllAddsNothing() {
        QuestionImportView view = new QuestionImportView();
        Said said = new Said();
        view.messages = said;
        view.bank = new Bank(100) {
            @Override
            public ImportCount importQuestions(java.util.List<org.shoumi.quizzes.bank.control.importing.ImportedQuestion> qs,
                                               String source, String by) {
                throw new AssertionError("nothing to import");
            }
        };
        view.setFile(upload("one.gift", gift(1, "已有")));
        view.check();
        said.said.clear();
        view.importChecked();
        assertEquals(java.util.List.of("warn quiz.import.allHeld.one[1, one.gift]"), said.said);
    }

    /** A bank that imports every question offered to it, and counts what it was given. */
    private static final class Importing extends Bank {
        final java.util.List<String> imported = new java.util.ArrayList<>();

        Importing() {
            super(100);
        }

        @Override
        public ImportCount importQuestions(java.util.List<org.shoumi.quizzes.bank.control.importing.ImportedQuestion> qs,
                                           String source, String by) {
            qs.forEach(q -> imported.add(q.stem()));
            return new ImportCount(qs.size(), 0);
        }
    }

    private static QuestionImportView view(Importing bank, Said said) {
        QuestionImportView view = new QuestionImportView();
        view.bank = bank;
        view.messages = said;
        view.external = new jakarta.faces.context.ExternalContextWrapper(null) {
            @Override
            public String getRemoteUser() {
                return "officer";
            }
        };
        return view;
    }

    /**
     * Found by an outside check: g1.gift checked, then gbk.csv chosen and 导入 pressed imported the 3 questions of
     * g1.gift and said "已导入 3 道题" — the officer believed gbk.csv imported. A file chosen after the check is not
     * imported unchecked nor replaced by the earlier one: nothing is imported, both files are named, and the earlier
     * check is dropped (no 导入 until the new file is checked).
     */
    @Test
    void anotherFileSentWithImportIsNotImportedNorTheCheckedOne() {
        Importing bank = new Importing();
        Said said = new Said();
        QuestionImportView view = view(bank, said);
        view.setFile(upload("g1.gift", gift(3, "甲")));
        view.check();
        said.said.clear();
        view.setFile(upload("gbk.csv", "题型,题干,选项A,选项B,答案\n单选,乙题,对,错,A\n"));
        view.importChecked();
        assertEquals(java.util.List.of("error quiz.import.notChecked[gbk.csv, g1.gift]"), said.said);
        assertEquals(java.util.List.of(), bank.imported, "nothing imported");
        assertEquals(0, view.getReadyCount(), "no 导入 until the chosen file is checked");

        // a file of the same name with other bytes is another file too
        view.setFile(upload("g1.gift", gift(3, "甲")));
        view.check();
        said.said.clear();
        view.setFile(upload("g1.gift", gift(4, "甲")));
        view.importChecked();
        assertEquals(java.util.List.of("error quiz.import.notChecked[g1.gift, g1.gift]"), said.said);
        assertEquals(java.util.List.of(), bank.imported, "nothing imported");
    }

    /** 导入 with no file chosen, or the checked file chosen again, imports the checked file and names it. */
    @Test
    void theImportNamesTheFileItImported() {
        Importing bank = new Importing();
        Said said = new Said();
        QuestionImportView view = view(bank, said);
        view.setFile(upload("g1.gift", gift(3, "甲")));
        view.check();
        said.said.clear();
        view.importChecked();
        assertEquals(java.util.List.of("info quiz.import.done[3, 0, g1.gift]"), said.said);
        assertEquals(3, bank.imported.size());

        Importing again = new Importing();
        Said twice = new Said();
        QuestionImportView same = view(again, twice);
        same.setFile(upload("g2.gift", gift(2, "乙")));
        same.check();
        twice.said.clear();
        same.setFile(upload("g2.gift", gift(2, "乙")));
        same.importChecked();
        assertEquals(java.util.List.of("info quiz.import.done[2, 0, g2.gift]"), twice.said);
        assertEquals(2, again.imported.size());
    }

    /**
     * Found by an outside check: an Aiken file in Big5 passed the check ("big5.txt 中的 1 道题可以导入") and the bank
     * held 代刚肈玂盞よ皐琌. It is refused as an encoding the import does not read, and nothing is offered.
     */
    @Test
    void aBig5FileIsRefusedAtTheCheck() {
        byte[] big5 = "測試題：保密工作的方針是？\nA. 積極防範\nB. 放任自流\nANSWER: A\n"
                .getBytes(java.nio.charset.Charset.forName("Big5"));
        for (String name : java.util.List.of("big5.txt", "big5.gift", "big5.xml", "big5.csv")) {
            ImportResult r = QuestionImportView.read(name, big5);
            assertEquals(java.util.List.of(), r.questions(), name);
            assertEquals("import.error.encoding", r.problems().get(0).key(), name);
        }
    }

    @Test
    void otherExtensionsAreRefused() {
        assertNull(read("bank.docx", GIFT));
    }
}
