package org.shoumi.portal.incidents.entity;

/** How the unit reported an incident upwards. */
public enum ReportChannel {
    PHONE, WRITTEN, SYSTEM
}
