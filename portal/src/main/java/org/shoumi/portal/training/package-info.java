/**
 * Each person's training record. So far: reading and acknowledging the rules and the duties of one's post,
 * with the exact version and hash of what was read, and the open tasks a material change creates.
 */
package org.shoumi.portal.training;
