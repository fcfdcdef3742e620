/** Printing to PDF: A4 pages with the embedded CJK font, text that wraps and flows onto new pages. */
package org.shoumi.portal.printing;
