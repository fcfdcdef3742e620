package org.shoumi.quizzes.bank.control.importing;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import org.shoumi.content.text.Texts;

/**
 * Moodle XML ({@code <quiz><question type="…">…</question></quiz>}), as Moodle's qformat_xml exports it. Read with
 * the JDK's SAX parser with DOCTYPEs and external entities refused; every problem names the line of its
 * {@code <question>}. Type names are Moodle's ({@code cloze} is multianswer, {@code matching} is match).
 * {@code <question type="category">} sets the category of the questions after it. Question text, options and
 * general feedback are turned from their format (html, moodle_auto_format, plain_text, markdown) into plain text.
 * How items become questions, and what is skipped or refused: {@link MoodleMapping}.
 */
public final class MoodleXmlReader {

    /** A tiny element tree with line numbers. */
    private static final class Node {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();
        final int line;

        Node(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Optional<Node> child(String n) {
            return children.stream().filter(c -> c.name.equals(n)).findFirst();
        }

        List<Node> all(String n) {
            return children.stream().filter(c -> c.name.equals(n)).toList();
        }

        /** The {@code <text>} of this element, or its own text (very old exports). */
        String content() {
            return child("text").map(t -> t.text.toString()).orElse(text.toString());
        }

        String contentOf(String n) {
            return child(n).map(Node::content).orElse("");
        }

        MoodleText.Format formatOf(String n) {
            return MoodleText.Format.ofXml(child(n).map(c -> c.attributes.get("format")).orElse(null));
        }
    }

    private MoodleXmlReader() {
    }

    /** Reads a Moodle XML file (already decoded, see {@link TextDecoding}); all questions, or problems and none. */
    public static ImportResult read(String text) {
        if (Texts.blank(text)) {
            // blank lines or a BOM only: no question, as every reader says it (it read "文件不是格式正确的 XML":
            // outside check)
            return new ImportResult(List.of(), List.of(ImportProblem.of(1, "import.error.empty")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<MoodleItem> items = parse(text, problems);
        return MoodleMapping.result(items, problems);
    }

    /** Whether the parser refused the file for its DOCTYPE (refused on purpose: entities could read files). */
    private static boolean doctype(SAXParseException e) {
        return e.getMessage() != null && e.getMessage().contains("DOCTYPE");
    }

    /** The items as Moodle would list them; problems reading the file are added to {@code problems}. */
    static List<MoodleItem> parse(String text, List<ImportProblem> problems) {
        Node root;
        try {
            root = tree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (SAXParseException e) {
            // the parser's own text is English and technical: the user gets the line and what to look for
            problems.add(ImportProblem.of(Math.max(e.getLineNumber(), 1), doctype(e) ? "import.error.xml.doctype"
                    : "import.error.xml.malformed"));
            return List.of();
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add(ImportProblem.of(1, "import.error.xml.malformed"));
            return List.of();
        }
        if (root == null || !root.name.equals("quiz")) {
            problems.add(ImportProblem.of(root == null ? 1 : root.line, "import.error.xml.notQuiz"));
            return List.of();
        }
        List<MoodleItem> items = new ArrayList<>();
        for (Node q : root.all("question")) {
            String type = q.attributes.getOrDefault("type", "").strip();
            String qtype = switch (type) {
                case "cloze" -> "multianswer";
                case "matching" -> "match";
                default -> type;
            };
            MoodleItem item = new MoodleItem(q.line, qtype);
            items.add(item);
            if (qtype.equals("category")) {
                item.category = q.contentOf("category");
                continue;
            }
            item.name = MoodleText.cleanName(q.contentOf("name"));
            String questionText = q.contentOf("questiontext");
            item.text = MoodleText.plain(questionText, q.formatOf("questiontext"));
            item.embeddedMedia = MoodleText.hasEmbeddedMedia(questionText);
            item.generalFeedback = MoodleText.plain(q.contentOf("generalfeedback"), q.formatOf("generalfeedback"));
            item.single = q.child("single").map(s -> s.text.toString().strip())
                    .map(s -> s.equals("true") || s.equals("1")).orElse(true);
            if (!List.of("multichoice", "truefalse", "shortanswer").contains(qtype)) {
                continue;
            }
            for (Node a : q.all("answer")) {
                String answerText = a.content();
                MoodleText.Format format = qtype.equals("multichoice")
                        ? MoodleText.Format.ofXml(a.attributes.get("format")) : MoodleText.Format.PLAIN;
                BigDecimal fraction;
                try {
                    fraction = new BigDecimal(a.attributes.getOrDefault("fraction", "0").strip()).movePointLeft(2);
                } catch (NumberFormatException e) {
                    problems.add(ImportProblem.of(a.line, "import.error.moodle.fraction", item.name,
                            a.attributes.get("fraction")));
                    fraction = BigDecimal.ZERO; // keep the option, so that only this problem is reported
                }
                String plain = MoodleText.plain(answerText, format);
                item.embeddedMedia |= MoodleText.hasEmbeddedMedia(answerText);
                item.answers.add(new MoodleItem.Answer(plain, fraction));
            }
            if (qtype.equals("truefalse") && !item.answers.isEmpty()) {
                // Moodle: the statement is true when the answer "true" is worth 100 %; files of old Moodle
                // versions without the words true/false list the true answer first
                MoodleItem.Answer trueAnswer = item.answers.stream().filter(a -> a.text().equals("true")).findFirst()
                        .orElse(item.answers.stream().anyMatch(a -> a.text().equals("false")) ? null : item.answers.get(0));
                item.statementTrue = trueAnswer != null && trueAnswer.fraction().compareTo(BigDecimal.ONE) >= 0;
            }
        }
        return items;
    }

    private static Node tree(String text) throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        Deque<Node> stack = new ArrayDeque<>();
        Node[] root = new Node[1];
        parser.parse(new InputSource(new StringReader(text)), new DefaultHandler() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator l) {
                this.locator = l;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                Node n = new Node(qName, locator == null ? 0 : locator.getLineNumber());
                for (int i = 0; i < atts.getLength(); i++) {
                    n.attributes.put(atts.getQName(i), atts.getValue(i));
                }
                if (stack.isEmpty()) {
                    root[0] = n;
                } else {
                    stack.peek().children.add(n);
                }
                stack.push(n);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                stack.pop();
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                Node top = stack.peek();
                // file contents (base64 images) are never needed: do not keep megabytes of them
                if (top != null && !top.name.equals("file")) {
                    top.text.append(ch, start, length);
                }
            }
        });
        return root[0];
    }
}
