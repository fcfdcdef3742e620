package org.shoumi.portal.events;

/**
 * A download of people's records was noted (导出记录): {@code exportId} is the id of the new {@code record_export} row.
 * Fired in the transaction that notes it, before the download is sent; the evidence log appends it there, so the
 * downloads log cannot lose a row unnoticed.
 */
public record RecordsExported(long exportId) {
}
