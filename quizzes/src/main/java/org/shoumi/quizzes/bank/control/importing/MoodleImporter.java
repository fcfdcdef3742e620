package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Imports Moodle GIFT, Aiken, missing-word and Moodle XML files. Parsing follows Moodle's own importers (same
 * item count, type and name for every item, same Aiken errors); conversion then maps
 * <ul>
 *   <li>multichoice with one answer allowed → SINGLE (the 100% answer; other partial-credit answers are noted
 *       and dropped);</li>
 *   <li>multichoice with several answers allowed → MULTI (answers with positive weight are correct; all
 *       non-zero weights are kept for the WEIGHTED policy);</li>
 *   <li>truefalse → JUDGE; shortanswer → FILL with one blank whose accepted answers are the 100% answers
 *       (partial-credit answers and the * wildcard are noted and dropped);</li>
 *   <li>every other type (essay, match, numerical, ordering, multianswer/cloze, gapselect, ddwtos, description)
 *       → UNSUPPORTED, never converted.</li>
 * </ul>
 * HTML is turned into plain text; embedded files (images) are not imported and a note says so. Categories come
 * from the file's category switches, without the "$course$/top/" prefix.
 * <p>
 * Text files are decoded as UTF-8 when valid, otherwise in the fallback charset of the options; pass
 * windows-1252 for old Western Moodle exports, or use {@link #preview(MoodleFormat, byte[], Charset, ImportOptions)}
 * with the explicit charset.
 */
public final class MoodleImporter {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private MoodleImporter() {
    }

    /** Reads the file and converts every supported item, detecting the text encoding. */
    public static MoodlePreview preview(MoodleFormat format, byte[] data, ImportOptions options) {
        if (format == MoodleFormat.XML) {
            return convert(MoodleXmlParser.parse(data), options);
        }
        return previewText(format, TextDecoding.decode(data, options.fallbackCharset()).text(), options);
    }

    /** Reads a text format (GIFT, Aiken, missing word) in an explicitly given charset. */
    public static MoodlePreview preview(MoodleFormat format, byte[] data, Charset charset, ImportOptions options) {
        if (format == MoodleFormat.XML) {
            return convert(MoodleXmlParser.parse(data), options);
        }
        String text = new String(data, charset);
        return previewText(format, text.startsWith("\uFEFF") ? text.substring(1) : text, options);
    }

    /** Shorthand for {@code preview(...).result(skipUnsupported)}. */
    public static ImportResult read(MoodleFormat format, byte[] data, ImportOptions options, boolean skipUnsupported) {
        return preview(format, data, options).result(skipUnsupported);
    }

    private static MoodlePreview previewText(MoodleFormat format, String text, ImportOptions options) {
        return switch (format) {
            case GIFT -> convert(GiftParser.parseGift(text), options);
            case AIKEN -> convert(AikenParser.parse(text), options);
            case MISSING_WORD -> convert(GiftParser.parseMissingWord(text), options);
            case XML -> throw new IllegalArgumentException("XML is not a text format");
        };
    }

    private static MoodlePreview convert(GiftParser.Parsed parsed, ImportOptions options) {
        List<MoodlePreview.Item> items = new ArrayList<>();
        String category = options.defaultCategory();
        int number = 0;
        for (MoodleItem m : parsed.items()) {
            number++;
            if (m.qtype.equals("category")) {
                String path = MoodleText.categoryPath(m.category == null ? "" : m.category);
                category = path.isEmpty() ? options.defaultCategory() : path;
                items.add(new MoodlePreview.Item(m.line, "category", "", MoodlePreview.Status.CATEGORY, null, List.of()));
                continue;
            }
            QuestionType type = switch (m.qtype) {
                case "multichoice" -> m.single ? QuestionType.SINGLE : QuestionType.MULTI;
                case "truefalse" -> QuestionType.JUDGE;
                case "shortanswer" -> QuestionType.FILL;
                default -> null;
            };
            if (type == null) {
                items.add(new MoodlePreview.Item(m.line, m.qtype, m.name, MoodlePreview.Status.UNSUPPORTED, null, List.of()));
                continue;
            }
            List<ImportError> errors = new ArrayList<>();
            List<ImportError> notes = new ArrayList<>();
            Question q = toQuestion(m, type, category, options, number, errors, notes);
            if (q == null) {
                items.add(new MoodlePreview.Item(m.line, m.qtype, m.name, MoodlePreview.Status.INVALID, null, errors));
            } else {
                items.add(new MoodlePreview.Item(m.line, m.qtype, m.name, MoodlePreview.Status.QUESTION, q, notes));
            }
        }
        return new MoodlePreview(items, parsed.errors());
    }

    private static Question toQuestion(MoodleItem m, QuestionType type, String category, ImportOptions options,
                                       int number, List<ImportError> errors, List<ImportError> notes) {
        if (m.hasEmbeddedFiles) {
            notes.add(ImportError.of(m.line, "import.note.embeddedFilesDropped", m.name));
        }
        Question.Builder b = Question.builder(options.key(number), type)
                .stem(m.text.isBlank() ? m.name : m.text)
                .explanation(m.generalFeedback).category(category).difficulty(options.defaultDifficulty())
                .tags(new LinkedHashSet<>(m.tags));
        switch (type) {
            case SINGLE, MULTI -> {
                if (m.answers.size() < 2) {
                    errors.add(ImportError.of(m.line, "import.error.tooFewChoices", m.name));
                    return null;
                }
                if (m.answers.size() > Question.MAX_OPTIONS) {
                    errors.add(ImportError.of(m.line, "import.error.tooManyOptions", m.name, m.answers.size()));
                    return null;
                }
                List<ChoiceOption> choices = new ArrayList<>();
                for (int i = 0; i < m.answers.size(); i++) {
                    String text = m.answers.get(i).text();
                    choices.add(new ChoiceOption(String.valueOf((char) ('A' + i)), text.isBlank() ? "（空）" : text));
                }
                b.options(choices);
                if (type == QuestionType.SINGLE) {
                    List<String> full = new ArrayList<>();
                    List<String> partial = new ArrayList<>();
                    for (int i = 0; i < m.answers.size(); i++) {
                        int cmp = m.answers.get(i).fraction().compareTo(BigDecimal.ONE);
                        if (cmp >= 0) {
                            full.add(choices.get(i).id());
                        } else if (m.answers.get(i).fraction().signum() > 0) {
                            partial.add(m.answers.get(i).text());
                        }
                    }
                    if (full.isEmpty()) {
                        errors.add(ImportError.of(m.line, "import.error.noCorrectAnswer", m.name));
                        return null;
                    }
                    if (full.size() > 1) {
                        errors.add(ImportError.of(m.line, "import.error.severalCorrect", m.name));
                        return null;
                    }
                    if (!partial.isEmpty()) {
                        notes.add(ImportError.of(m.line, "import.note.partialCreditDropped", m.name, String.join(", ", partial)));
                    }
                    b.answerKey(new AnswerKey.Single(full.get(0)));
                } else {
                    Set<String> correct = new LinkedHashSet<>();
                    java.util.Map<String, BigDecimal> weights = new java.util.LinkedHashMap<>();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < m.answers.size(); i++) {
                        BigDecimal f = m.answers.get(i).fraction();
                        if (f.signum() > 0) {
                            correct.add(choices.get(i).id());
                            sum = sum.add(f);
                        }
                        if (f.signum() != 0) {
                            weights.put(choices.get(i).id(), f.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE));
                        }
                    }
                    if (correct.isEmpty()) {
                        errors.add(ImportError.of(m.line, "import.error.noCorrectAnswer", m.name));
                        return null;
                    }
                    if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) >= 0) {
                        notes.add(ImportError.of(m.line, "import.note.weightsNotWhole", m.name,
                                sum.movePointRight(2).stripTrailingZeros().toPlainString()));
                    }
                    b.answerKey(new AnswerKey.Multi(correct, weights));
                }
            }
            case JUDGE -> b.answerKey(new AnswerKey.Judge(m.statementTrue));
            default -> {
                List<String> accepted = new ArrayList<>();
                List<String> dropped = new ArrayList<>();
                for (MoodleItem.Answer a : m.answers) {
                    if (a.fraction().compareTo(BigDecimal.ONE) >= 0 && !a.text().isBlank() && !a.text().equals("*")) {
                        accepted.add(a.text());
                    } else if (!a.text().isBlank()) {
                        dropped.add(a.text());
                    }
                }
                if (accepted.isEmpty()) {
                    errors.add(ImportError.of(m.line, "import.error.noCorrectAnswer", m.name));
                    return null;
                }
                if (!dropped.isEmpty()) {
                    notes.add(ImportError.of(m.line, "import.note.partialCreditDropped", m.name, String.join(", ", dropped)));
                }
                b.answerKey(new AnswerKey.Fill(List.of(new AnswerKey.Blank(accepted))));
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.of(m.line, "import.error.invalidQuestion", e.getMessage()));
            return null;
        }
    }
}
