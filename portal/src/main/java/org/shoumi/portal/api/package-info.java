/**
 * The portal's REST API for other systems, under {@code /api}: the Jakarta REST application and the filter that
 * lets in a logged-in user with an allowed role, or a machine client presenting the configured API token as
 * {@code Authorization: Bearer …}; anyone else gets 401 (or 403 for a login without an allowed role).
 * The resources themselves live in their features' boundaries.
 */
package org.shoumi.portal.api;
