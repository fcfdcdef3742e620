package org.shoumi.quizzes.bank.control.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Moodle XML with the JDK's SAX parser (DOCTYPEs and external entities refused), keeping the line of
 * every {@code <question>}. Type names are mapped as Moodle maps them: cloze → multianswer, matching → match.
 */
final class MoodleXmlParser {

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

        /** Text of child {@code n}'s {@code <text>} element, or "". */
        String textOf(String n) {
            return child(n).flatMap(c -> c.child("text")).map(t -> t.text.toString()).orElse("");
        }

        boolean isHtml(String n) {
            String format = child(n).map(c -> c.attributes.getOrDefault("format", "html")).orElse("html");
            return !format.equals("plain_text") && !format.equals("markdown");
        }
    }

    private MoodleXmlParser() {
    }

    static GiftParser.Parsed parse(byte[] data) {
        Node root;
        try {
            root = tree(data);
        } catch (SAXParseException e) {
            return new GiftParser.Parsed(List.of(), List.of(ImportError.of(e.getLineNumber(), "import.error.xml.malformed", e.getMessage())));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return new GiftParser.Parsed(List.of(), List.of(ImportError.of(0, "import.error.xml.malformed", e.getMessage())));
        }
        if (!root.name.equals("quiz")) {
            return new GiftParser.Parsed(List.of(), List.of(ImportError.of(root.line, "import.error.xml.notQuiz", root.name)));
        }
        List<MoodleItem> items = new ArrayList<>();
        for (Node q : root.all("question")) {
            String type = q.attributes.getOrDefault("type", "");
            String qtype = switch (type) {
                case "cloze" -> "multianswer";
                case "matching" -> "match";
                default -> type;
            };
            MoodleItem item = new MoodleItem(q.line, qtype);
            if (qtype.equals("category")) {
                item.category = q.textOf("category");
                items.add(item);
                continue;
            }
            item.name = MoodleText.cleanName(q.textOf("name"));
            String text = q.textOf("questiontext");
            item.text = q.isHtml("questiontext") ? MoodleText.htmlToText(text) : text.strip();
            item.hasEmbeddedFiles = text.contains("@@PLUGINFILE@@");
            String feedback = q.textOf("generalfeedback");
            item.generalFeedback = q.isHtml("generalfeedback") ? MoodleText.htmlToText(feedback) : feedback.strip();
            item.single = q.child("single").map(s -> s.text.toString().strip())
                    .map(s -> s.equals("true") || s.equals("1")).orElse(true);
            for (Node a : q.all("answer")) {
                String answerText = a.child("text").map(t -> t.text.toString()).orElse("");
                boolean html = !"plain_text".equals(a.attributes.get("format")) && !"moodle_auto_format".equals(a.attributes.get("format"));
                item.hasEmbeddedFiles |= answerText.contains("@@PLUGINFILE@@");
                BigDecimal fraction = new BigDecimal(a.attributes.getOrDefault("fraction", "0").strip()).movePointLeft(2);
                String plain = html ? MoodleText.htmlToText(answerText) : answerText.strip();
                item.answers.add(new MoodleItem.Answer(plain, fraction));
                if (qtype.equals("truefalse") && fraction.signum() > 0) {
                    item.statementTrue = plain.equalsIgnoreCase("true");
                }
            }
            q.child("tags").ifPresent(tags -> tags.all("tag").forEach(t -> t.child("text")
                    .map(x -> x.text.toString().strip()).filter(s -> !s.isEmpty()).ifPresent(item.tags::add)));
            items.add(item);
        }
        return new GiftParser.Parsed(items, List.of());
    }

    private static Node tree(byte[] data) throws ParserConfigurationException, SAXException, IOException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        SAXParser parser = factory.newSAXParser();
        Deque<Node> stack = new ArrayDeque<>();
        Node[] root = new Node[1];
        parser.parse(new ByteArrayInputStream(data), new DefaultHandler() {
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
                if (!stack.isEmpty()) {
                    stack.peek().text.append(ch, start, length);
                }
            }
        });
        return root[0];
    }
}
