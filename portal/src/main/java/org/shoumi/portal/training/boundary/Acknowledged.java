package org.shoumi.portal.training.boundary;

/**
 * Fired synchronously inside the transaction of an acknowledgement: the person read and acknowledged a document.
 * The programmes observe it to mark a reading step done at once.
 */
public record Acknowledged(long acknowledgementId, String employeeNo) {
}
