package org.shoumi.portal.sessions.boundary;

/**
 * Fired in the recording transaction for every attendance (check-in, sheet import, officer): the evidence log
 * appends it (SESSION_ATTENDANCE).
 */
public record AttendanceRecorded(long attendanceId, String employeeNo) {
}
