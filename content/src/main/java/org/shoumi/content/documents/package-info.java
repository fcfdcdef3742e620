/**
 * Versioned content documents: every published version keeps its exact text, its SHA-256, its effective date
 * and whether it changed the substance (a material change makes the people concerned acknowledge it again).
 */
package org.shoumi.content.documents;
