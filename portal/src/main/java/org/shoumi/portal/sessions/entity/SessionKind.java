package org.shoumi.portal.sessions.entity;

/** What kind of offline session: 讲座, 培训班, 以会代训, 警示教育片. */
public enum SessionKind {
    LECTURE, COURSE, MEETING, WARNING_FILM
}
