package org.shoumi.content.pack.control;

/** A yes/no self-inspection question ("yes" is compliant) with the remediation to take on "no". */
public record ChecklistItem(String id, String question, String remediation, int line) {
}
