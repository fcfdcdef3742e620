package org.shoumi.portal.pledges.control;

import org.shoumi.portal.printing.PdfPages;

/**
 * The archived PDF of a signed pledge: the exact text signed, the drawn signature, the typed name, the server
 * time and the SHA-256 of the text.
 */
public final class PledgePdf {

    /** What is printed; the labels come from the message bundle in the document's language. */
    public record Signed(String title, String text, byte[] signaturePng, String typedName, String signedAt,
                         String sha256, String reference, Labels labels) {
    }

    public record Labels(String signature, String typedName, String signedAt, String sha256, String reference) {
    }

    private PledgePdf() {
    }

    public static byte[] render(Signed s) {
        PdfPages pages = new PdfPages(s.title());
        for (String raw : s.text().split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                pages.heading(PledgeText.unescape(line.replaceFirst("^#+\\s*", "")), 18);
            } else if (line.isEmpty()) {
                pages.skip(9);
            } else {
                pages.paragraph(PledgeText.unescape(line.replace("**", "")), PdfPages.BODY);
            }
        }
        pages.skip(18).paragraph(s.labels().signature(), PdfPages.BODY)
                .image(s.signaturePng(), 260, 60)
                .paragraph(s.labels().typedName() + s.typedName(), PdfPages.BODY)
                .paragraph(s.labels().signedAt() + s.signedAt(), PdfPages.BODY)
                .skip(18)
                .paragraph(s.labels().sha256() + s.sha256(), 8)
                .paragraph(s.labels().reference() + s.reference(), 8);
        return pages.toBytes();
    }
}
