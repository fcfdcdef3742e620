package org.shoumi.portal.campaigns.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign with how far its people have got. */
public record CampaignRow(String code, String title, String quizCode, LocalDate opensOn, LocalDate dueOn,
                          long assigned, long complete, long overdue, String launchedBy, Instant launchedAt)
        implements Serializable {

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getAssigned() {
        return assigned;
    }

    public long getComplete() {
        return complete;
    }

    public long getOverdue() {
        return overdue;
    }

    /** Who launched it (a login; the yearly plan's campaigns: who started the plan). */
    public String getLaunchedBy() {
        return launchedBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    /** Completion in whole percent (0 when nobody was targeted). */
    public int getPercent() {
        return org.shoumi.portal.programmes.control.Completion.wholePercent(complete, assigned);
    }
}
