package org.shoumi.portal.incidents.entity;

/** What a report is about. A lost (or stolen) carrier and a suspected leak must be reported upwards in time. */
public enum IncidentKind {
    /** 涉密载体丢失或被盗 */
    CARRIER_LOST(true),
    /** 泄密（疑似） */
    LEAK(true),
    /** 违规行为 */
    VIOLATION(false),
    /** 其他 */
    OTHER(false);

    private final boolean upwardReportRequired;

    IncidentKind(boolean upwardReportRequired) {
        this.upwardReportRequired = upwardReportRequired;
    }

    /** Whether the unit must report this kind upwards (within the configured hours) before it may close it. */
    public boolean requiresUpwardReport() {
        return upwardReportRequired;
    }
}
