package org.shoumi.portal.incidents.entity;

/** The kinds of attachment a report may carry (recognised by their content, not by their name). */
public enum AttachmentType {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
