/**
 * Private travel abroad (因私出境): who must ask the unit before leaving the country (a person in a secret-related
 * post, or anyone whose 脱密期 runs), the request with its steps (requested, pre-trip briefing, approved or refused,
 * withdrawn, debriefed after the return), each an immutable dated row in the evidence chain, and the unit's
 * custody of passports (deposited, handed out for an approved trip, returned). It also answers
 * {@code GET /api/restrictions/{employeeNo}}, adding the in-post rule to the 脱密期 the departures feature knows.
 */
package org.shoumi.portal.travel;
