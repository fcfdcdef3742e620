package org.shoumi.content.pack.control;

/** One text file of a content pack: its path inside the pack (e.g. {@code rules/code.md}) and its text. */
public record PackFile(String path, String text) {
}
