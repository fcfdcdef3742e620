package org.shoumi.content.pack.control;

/** A numbered provision of a rule or duty document that questions can cite: {@code ### heading {#id}}. */
public record Clause(String id, String heading, String text, int line) {
}
