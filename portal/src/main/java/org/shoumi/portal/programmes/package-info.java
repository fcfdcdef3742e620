/**
 * Training programmes: which programme a person is given when hired, moved or leaving, the steps each
 * programme is made of (read, pass a quiz, sign a pledge) and how far each person has got.
 */
package org.shoumi.portal.programmes;
