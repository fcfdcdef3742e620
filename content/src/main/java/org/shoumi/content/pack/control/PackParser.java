package org.shoumi.content.pack.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoumi.content.documents.control.Placeholders;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * Reads pack files: a {@code ---} metadata header, then a Markdown body. Rules and duties declare clauses as
 * {@code ### heading {#id}}, checklists declare items as {@code - {#id} question | 整改：hint}, question files
 * hold {@code ## Q id} blocks of {@code field: value} lines. Every problem names its file and line.
 */
public final class PackParser {

    /** What one file yielded. */
    public record Result(List<PackDocument> documents, List<PackQuestion> questions, List<PackProblem> problems) {
    }

    /** What a document body declares. */
    public record Body(List<Clause> clauses, List<ChecklistItem> items, List<PackProblem> problems) {
    }

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern CLAUSE = Pattern.compile("^#{2,4}\\s+(.*?)\\s*\\{#([^}]*)\\}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s.*");
    private static final Pattern ITEM = Pattern.compile("^-\\s*\\{#([^}]*)\\}\\s*(.*)$");
    private static final Pattern REMEDIATION = Pattern.compile("\\s*\\|\\s*整改\\s*[：:]\\s*");
    private static final Pattern QUESTION = Pattern.compile("^##\\s+Q\\s+(\\S+)\\s*$");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z-]+)\\s*[:：]\\s?(.*)$");
    private static final Pattern LETTERS = Pattern.compile("[A-F]+");

    private PackParser() {
    }

    public static Result parse(PackFile file) {
        List<PackProblem> problems = new ArrayList<>();
        String text = file.text().replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new PackProblem(file.path(), 1, "the file must start with a '---' metadata header"));
            return new Result(List.of(), List.of(), problems);
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                end = i;
                break;
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                problems.add(new PackProblem(file.path(), i + 1, "header line is not 'name: value'"));
                continue;
            }
            String name = line.substring(0, colon).strip();
            if (header.containsKey(name)) {
                problems.add(new PackProblem(file.path(), i + 1, "header field '" + name + "' appears twice"));
            }
            header.put(name, line.substring(colon + 1).strip());
            headerLines.put(name, i + 1);
        }
        if (end < 0) {
            problems.add(new PackProblem(file.path(), 1, "the metadata header is not closed with '---'"));
            return new Result(List.of(), List.of(), problems);
        }
        String key = required(file, header, headerLines, "key", problems);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(new PackProblem(file.path(), headerLines.get("key"),
                    "key '" + key + "' must be lower-case letters, digits, '.', '_' or '-'"));
        }
        DocumentKind kind = enumValue(file, header, headerLines, "kind", DocumentKind.class, true, problems);
        String title = required(file, header, headerLines, "title", problems);
        int version = positiveInt(file, header, headerLines, "version", problems);
        LocalDate effective = date(file, header, headerLines, "effective", problems);
        boolean material = Boolean.parseBoolean(header.getOrDefault("material-change", "false"));
        String post = header.get("post");
        PledgeKind pledgeKind = enumValue(file, header, headerLines, "pledge-kind", PledgeKind.class,
                kind == DocumentKind.PLEDGE, problems);
        if (kind == DocumentKind.DUTY && (post == null || post.isBlank())) {
            problems.add(new PackProblem(file.path(), 1, "a DUTY document needs a 'post:' header naming the post code"));
        }
        int first = end + 1;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        int bodyStart = first + 1;
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, first, lines.length)).stripTrailing() + "\n";
        if (kind == null || key == null) {
            return new Result(List.of(), List.of(), problems);
        }
        if (kind == DocumentKind.QUESTIONS) {
            List<PackQuestion> questions = questions(file.path(), key, lines, end + 1, problems);
            return new Result(List.of(), questions, problems);
        }
        Body parsed = parseBody(file.path(), key, kind, body, bodyStart);
        problems.addAll(parsed.problems());
        PackDocument document = new PackDocument(file.path(), key, kind, title, version, effective, material,
                post == null ? null : post.strip(), pledgeKind, body, bodyStart, parsed.clauses(), parsed.items(),
                note(file, header, headerLines, problems));
        return new Result(List.of(document), List.of(), problems);
    }

    /** The optional {@code note:} header (a version's 修改说明), at most 500 characters as the column holds. */
    private static String note(PackFile file, Map<String, String> header, Map<String, Integer> headerLines,
                               List<PackProblem> problems) {
        String note = header.get("note");
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 500) {
            problems.add(new PackProblem(file.path(), headerLines.get("note"), "the note has more than 500 characters"));
        }
        return note;
    }

    /**
     * Checks a document body on its own, as when a secrecy officer publishes a new version: clause ids must
     * belong to the document and be unique, checklist items need a remediation hint, pledge placeholders must be known, and
     * those a template needs ({@link Placeholders#needed}) kept.
     * {@code firstLine} is the line number of the body's first line in its file.
     */
    public static Body parseBody(String file, String key, DocumentKind kind, String body, int firstLine) {
        List<PackProblem> problems = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        List<ChecklistItem> items = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new PackProblem(file, firstLine, "noText", "", "the document has no text"));
            return new Body(clauses, items, problems);
        }
        String[] lines = body.split("\n", -1);
        String openId = null;
        String openHeading = null;
        int openLine = 0;
        StringBuilder openText = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            Matcher clause = CLAUSE.matcher(line);
            boolean heading = HEADING.matcher(line).matches();
            if (heading && openId != null) {
                clauses.add(new Clause(openId, openHeading, openText.toString().strip(), openLine));
                openId = null;
            }
            if (clause.matches()) {
                String id = clause.group(2).strip();
                if (!KEY.matcher(id).matches() || !id.startsWith(key + ".")) {
                    problems.add(new PackProblem(file, lineNo, "clauseId", id,
                            "clause id '" + id + "' must start with '" + key + ".'"));
                }
                openId = id;
                openHeading = clause.group(1).strip();
                openLine = lineNo;
                openText.setLength(0);
            } else if (openId != null && !heading) {
                openText.append(line).append('\n');
            }
            Matcher item = ITEM.matcher(line);
            if (kind == DocumentKind.CHECKLIST && item.matches()) {
                String id = item.group(1).strip();
                String[] parts = REMEDIATION.split(item.group(2), 2);
                if (!id.startsWith(key + ".")) {
                    problems.add(new PackProblem(file, lineNo, "clauseId", id, "item id '" + id + "' must start with '" + key + ".'"));
                }
                if (parts.length < 2 || parts[1].isBlank()) {
                    problems.add(new PackProblem(file, lineNo, "noRemediation", id,
                            "checklist item '" + id + "' has no '| 整改：' remediation hint"));
                }
                items.add(new ChecklistItem(id, parts[0].strip(), parts.length < 2 ? "" : parts[1].strip(), lineNo));
            }
        }
        if (openId != null) {
            clauses.add(new Clause(openId, openHeading, openText.toString().strip(), openLine));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Clause c : clauses) {
            if (!seen.add(c.id())) {
                problems.add(new PackProblem(file, c.line(), "duplicateId", c.id(), "clause id '" + c.id() + "' appears twice"));
            }
        }
        for (ChecklistItem item : items) {
            if (!seen.add(item.id())) {
                problems.add(new PackProblem(file, item.line(), "duplicateId", item.id(), "item id '" + item.id() + "' appears twice"));
            }
        }
        if ((kind == DocumentKind.RULE || kind == DocumentKind.DUTY) && clauses.isEmpty()) {
            problems.add(new PackProblem(file, firstLine, "noClause", key + ".1", "a " + kind
                    + " document needs at least one clause '### heading {#" + key + ".1}'"));
        }
        if (kind == DocumentKind.CHECKLIST && items.isEmpty()) {
            problems.add(new PackProblem(file, firstLine, "noItem", key + ".1",
                    "a checklist needs at least one item '- {#" + key + ".1} question | 整改：hint'"));
        }
        if (kind == DocumentKind.PLEDGE) {
            Placeholders.unknown(body).forEach((name, line) -> problems.add(new PackProblem(file, firstLine + line - 1,
                    "placeholder", name,
                    "unknown placeholder {{" + name + "}}; allowed: " + new java.util.TreeSet<>(Placeholders.ALLOWED))));
            // the template a person gets is chosen by its key and filled by these: a version may not drop or add them
            Placeholders.missing(key, body).forEach(name -> problems.add(new PackProblem(file, firstLine,
                    "placeholderNeeded", name, "the pledge template " + key + " must keep {{" + name + "}}")));
            Placeholders.outOfPlace(key, body).forEach(name -> problems.add(new PackProblem(file, firstLine,
                    "placeholderNotHere", name, "the pledge template " + key + " states no 脱密期: {{" + name
                    + "}} is not used in it")));
        }
        return new Body(clauses, items, problems);
    }

    /**
     * The items of a stored checklist version, in the order of its text: what a self-inspection asks. The body
     * was checked when it was published, so any problem here is ignored; a body that is not a checklist has none.
     */
    public static List<ChecklistItem> checklistItems(String key, String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return List.copyOf(parseBody(key, key, DocumentKind.CHECKLIST, body, 1).items());
    }

    private static List<PackQuestion> questions(String file, String key, String[] lines, int from,
                                                List<PackProblem> problems) {
        List<PackQuestion> questions = new ArrayList<>();
        int i = from;
        while (i < lines.length) {
            Matcher start = QUESTION.matcher(lines[i]);
            if (!start.matches()) {
                i++;
                continue;
            }
            int questionLine = i + 1;
            String id = start.group(1);
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Integer> fieldLines = new LinkedHashMap<>();
            i++;
            while (i < lines.length && !QUESTION.matcher(lines[i]).matches()) {
                Matcher field = FIELD.matcher(lines[i]);
                if (field.matches()) {
                    String name = field.group(1).toLowerCase(Locale.ROOT);
                    fields.put(name, field.group(2).strip());
                    fieldLines.put(name, i + 1);
                }
                i++;
            }
            PackQuestion q = question(file, key, questionLine, id, fields, fieldLines, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        if (questions.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
            problems.add(new PackProblem(file, from + 1, "a QUESTIONS file needs at least one '## Q id' block"));
        }
        return questions;
    }

    private static PackQuestion question(String file, String key, int line, String id, Map<String, String> f,
                                         Map<String, Integer> lines, List<PackProblem> problems) {
        int before = problems.size();
        String type = f.getOrDefault("type", "").toUpperCase(Locale.ROOT);
        if (!PackQuestion.TYPES.contains(type)) {
            problems.add(new PackProblem(file, lines.getOrDefault("type", line), "question " + id
                    + ": type must be one of " + PackQuestion.TYPES));
        }
        for (String name : List.of("stem", "answer", "clause", "explanation")) {
            if (f.getOrDefault(name, "").isBlank()) {
                problems.add(new PackProblem(file, line, "question " + id + ": '" + name + ":' is missing"));
            }
        }
        int difficulty = 0;
        try {
            difficulty = Integer.parseInt(f.getOrDefault("difficulty", ""));
        } catch (NumberFormatException e) {
            difficulty = 0;
        }
        if (difficulty < 1 || difficulty > 5) {
            problems.add(new PackProblem(file, lines.getOrDefault("difficulty", line), "question " + id
                    + ": difficulty must be 1 to 5"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String letter : List.of("a", "b", "c", "d", "e", "f")) {
            if (f.containsKey(letter) && !f.get(letter).isBlank()) {
                options.put(letter.toUpperCase(Locale.ROOT), f.get(letter));
            }
        }
        String answer = f.getOrDefault("answer", "").strip();
        int answerLine = lines.getOrDefault("answer", line);
        switch (type) {
            case "SINGLE", "MULTI" -> {
                if (options.size() < 2) {
                    problems.add(new PackProblem(file, line, "question " + id + ": needs at least two options A, B, …"));
                }
                String letters = answer.toUpperCase(Locale.ROOT);
                if (!LETTERS.matcher(letters).matches()) {
                    problems.add(new PackProblem(file, answerLine, "question " + id + ": answer must be option letters"));
                } else {
                    for (char c : letters.toCharArray()) {
                        if (!options.containsKey(String.valueOf(c))) {
                            problems.add(new PackProblem(file, answerLine, "question " + id + ": answer " + c
                                    + " is not among the options"));
                        }
                    }
                    if (type.equals("SINGLE") && letters.length() != 1) {
                        problems.add(new PackProblem(file, answerLine, "question " + id + ": SINGLE has exactly one answer"));
                    }
                    if (type.equals("MULTI") && letters.chars().distinct().count() < 2) {
                        problems.add(new PackProblem(file, answerLine, "question " + id + ": MULTI needs two or more answers"));
                    }
                }
            }
            case "JUDGE" -> {
                if (!answer.equals("TRUE") && !answer.equals("FALSE")) {
                    problems.add(new PackProblem(file, answerLine, "question " + id + ": JUDGE answer must be TRUE or FALSE"));
                }
            }
            case "FILL" -> {
                if (!f.getOrDefault("stem", "").contains("____")) {
                    problems.add(new PackProblem(file, lines.getOrDefault("stem", line), "question " + id
                            + ": a FILL stem marks the blank with ____"));
                }
            }
            default -> {
                // type already reported
            }
        }
        String group = f.get("group");
        if (group != null && !PackQuestion.GROUP.matcher(group).matches()) {
            problems.add(new PackProblem(file, lines.get("group"), "question " + id + ": group '" + group
                    + "' must be lower-case letters, digits and '-' (at most 60, starting with a letter or digit)"));
        }
        if (problems.size() > before) {
            return null;
        }
        String category = key.startsWith("questions.") ? key.substring("questions.".length()) : key;
        return new PackQuestion(file, line, id, type, f.get("clause"), lines.get("clause"), difficulty,
                f.get("basis"), f.get("stem"), options, answer, f.get("explanation"), category, group);
    }

    private static String required(PackFile file, Map<String, String> header, Map<String, Integer> lines, String name,
                                   List<PackProblem> problems) {
        String value = header.get(name);
        if (value == null || value.isBlank()) {
            problems.add(new PackProblem(file.path(), 1, "header field '" + name + ":' is missing"));
            return null;
        }
        return value;
    }

    private static int positiveInt(PackFile file, Map<String, String> header, Map<String, Integer> lines, String name,
                                   List<PackProblem> problems) {
        String value = required(file, header, lines, name, problems);
        if (value == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new PackProblem(file.path(), lines.get(name), "'" + name + "' must be a whole number from 1"));
        return 0;
    }

    private static LocalDate date(PackFile file, Map<String, String> header, Map<String, Integer> lines, String name,
                                  List<PackProblem> problems) {
        String value = required(file, header, lines, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new PackProblem(file.path(), lines.get(name), "'" + name + "' must be a date like 2026-01-01"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(PackFile file, Map<String, String> header,
                                                   Map<String, Integer> lines, String name, Class<E> type,
                                                   boolean required, List<PackProblem> problems) {
        String value = header.get(name);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new PackProblem(file.path(), 1, "header field '" + name + ":' is missing"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(file.path(), lines.get(name), "'" + name + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
