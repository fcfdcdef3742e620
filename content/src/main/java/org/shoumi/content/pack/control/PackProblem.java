package org.shoumi.content.pack.control;

/**
 * Something wrong in a content pack or a document text, pointing at the file and line to fix (line 0: the file as
 * a whole). {@code code} names the kind of problem for translated messages ({@code content.problem.<code>}),
 * {@code detail} is the offending id or name, {@code message} the English explanation for developers and logs.
 */
public record PackProblem(String file, int line, String code, String detail, String message) {

    /** A problem without a specific code (shown with its English message). */
    public PackProblem(String file, int line, String message) {
        this(file, line, "other", "", message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
