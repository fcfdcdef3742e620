/**
 * Signing pledges (保密承诺书): the template in force filled in with the person's facts, re-entered password,
 * typed name and drawn signature; the signed record with the SHA-256 of the exact text; the archived PDF. Also the
 * pledges no programme asks for: topic pledges (专项保密承诺) an officer issues to people for an occasion, the
 * department heads' yearly responsibility letters (保密工作责任书), and signing re-opened by a material change of a
 * pledge template.
 */
package org.shoumi.portal.pledges;
