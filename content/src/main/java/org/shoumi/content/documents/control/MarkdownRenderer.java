package org.shoumi.content.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns a document's Markdown into HTML for reading. Raw HTML in the text is escaped, never passed through,
 * and link targets are sanitised, so a document cannot inject script into the page. An image from another
 * server ({@code ![](https://…)}) is shown as its description only: a reader's browser never fetches it, so no
 * outside server learns who opened which document when. Clause id markers ({@code {#rules.code.1}}) are dropped
 * from headings, and headings sit one level below the page's own h1 ({@code #} is h2). A link goes only to http, https, mailto or a path on this portal: any other scheme (data:,
 * javascript:, vbscript:, file:, …, in any case, with spaces, tabs or invisible characters inside, or written as
 * character references) becomes an empty target; commonmark's own sanitiser let data: through.
 */
public final class MarkdownRenderer {

    private static final Pattern CLAUSE_MARKER = Pattern.compile("(?m)^(#{1,6}\\s+.*?)\\s*\\{#[^}]*\\}\\s*$");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new LinkSchemes()).build();
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

            @Override
            public void visit(Heading heading) {
                // the page's own heading is its h1: the document's headings sit one level below it (a document's
                // "# 保密守则" made a second h1 with the same words, read out twice by screen readers)
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
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

    /** The link targets a document may have: http, https, mailto and relative ones (no scheme). */
    static final class LinkSchemes implements UrlSanitizer {

        private static final java.util.Set<String> ALLOWED = java.util.Set.of("http", "https", "mailto");

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url) ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return sanitizeLinkUrl(url);
        }

        /**
         * Whether a target (character references already decoded by the parser) is allowed. A browser drops tabs
         * and line breaks anywhere in a URL and controls and spaces at its ends, so they (and format characters)
         * are dropped before the scheme is read; the scheme is what comes before the first colon that precedes any
         * slash, question mark or hash.
         */
        static boolean allowed(String url) {
            if (url == null) {
                return false;
            }
            StringBuilder seen = new StringBuilder(url.length());
            url.codePoints().filter(c -> c > 0x20 && c != 0x7F && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                    .forEach(seen::appendCodePoint);
            String t = seen.toString();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    return true; // a path, query or fragment before any colon: relative
                }
                if (c == ':') {
                    return ALLOWED.contains(t.substring(0, i).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return true;
        }
    }
}
