package org.shoumi.portal.campaigns.boundary;

/** What starting a plan did: the campaigns it made and the programmes it gave. */
public record PlanStarted(int campaigns, int programmes) {
}
