/**
 * Signing pledges (保密承诺书): the template in force filled in with the person's facts, re-entered password,
 * typed name and drawn signature; the signed record with the SHA-256 of the exact text; the archived PDF.
 */
package org.shoumi.portal.pledges;
