package org.shoumi.portal.sessions.entity;

/** How an attendance was recorded: from the paper sign-in sheet, by the person's own check-in, or by the officer. */
public enum AttendanceSource {
    SHEET_IMPORT, SELF_CHECK_IN, RECORDED_BY_OFFICER
}
