package org.shoumi.content.documents.control;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a document's Markdown into HTML for reading. Raw HTML in the text is escaped, never passed through,
 * and link targets are sanitised, so a document cannot inject script into the page. Clause id markers
 * ({@code {#rules.code.1}}) are dropped from headings.
 */
public final class MarkdownRenderer {

    private static final Pattern CLAUSE_MARKER = Pattern.compile("(?m)^(#{1,6}\\s+.*?)\\s*\\{#[^}]*\\}\\s*$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        String withoutMarkers = CLAUSE_MARKER.matcher(markdown).replaceAll("$1");
        return RENDERER.render(PARSER.parse(withoutMarkers));
    }
}
