/**
 * Helpers every feature may use, below all of them: the unit's daily schedule. Nothing here imports a feature
 * package (checked by ArchitectureTest).
 */
package org.shoumi.portal.shared;
