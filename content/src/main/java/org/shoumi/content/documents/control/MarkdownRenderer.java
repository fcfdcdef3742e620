package org.shoumi.content.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns a document's Markdown into HTML for reading. Raw HTML in the text is escaped, never passed through,
 * and link targets are sanitised, so a document cannot inject script into the page. An image from another
 * server ({@code ![](https://…)}) is shown as its description only: a reader's browser never fetches it, so no
 * outside server learns who opened which document when. Clause id markers ({@code {#rules.code.1}}) are dropped
 * from headings.
 */
public final class MarkdownRenderer {

    private static final Pattern CLAUSE_MARKER = Pattern.compile("(?m)^(#{1,6}\\s+.*?)\\s*\\{#[^}]*\\}\\s*$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        String withoutMarkers = CLAUSE_MARKER.matcher(markdown).replaceAll("$1");
        Node document = PARSER.parse(withoutMarkers);
        List<Image> external = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!isLocal(image.getDestination())) {
                    external.add(image);
                }
            }
        });
        for (Image image : external) {
            StringBuilder description = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    description.append(text.getLiteral());
                }
            }
            image.insertBefore(new Text(description.toString()));
            image.unlink();
        }
        return RENDERER.render(document);
    }

    /** The document's words without Markdown or clause markers, for searching and for quoting a few of them. */
    public static String toText(String markdown) {
        if (markdown == null) {
            return "";
        }
        return TEXT.render(PARSER.parse(CLAUSE_MARKER.matcher(markdown).replaceAll("$1")));
    }

    /** A path on this portal (no scheme, no host): the only images a document may show. */
    private static boolean isLocal(String destination) {
        String d = destination == null ? "" : destination.strip();
        return !d.isEmpty() && !d.startsWith("//") && !d.contains(":") && !d.startsWith("\\");
    }
}
