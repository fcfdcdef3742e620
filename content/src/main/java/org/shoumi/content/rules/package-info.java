/**
 * The unit's secrecy rules (保密守则 and regulations) as taught by the portal, and the facts they rest on,
 * such as the classification levels and their default protection periods.
 */
package org.shoumi.content.rules;
