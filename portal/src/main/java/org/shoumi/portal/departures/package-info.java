/**
 * Departures (离岗 / 离职) and the post-exit period (脱密期). HR opens a departure for a person in post, keeps its
 * exit checklist (every secret carrier returned to a named receiver, the exit briefing, the exit pledge) and
 * approves it once the checklist is complete; approval moves the person to 离岗 or 离职 and starts the 脱密期,
 * whose length per secrecy class the unit configures. Other systems ask who is restricted until when through
 * {@code GET /api/restrictions/{employeeNo}}, which the travel feature answers with this feature's
 * {@link org.shoumi.portal.departures.boundary.Departures#restrictionOf}. Nothing about a person is ever deleted.
 */
package org.shoumi.portal.departures;
