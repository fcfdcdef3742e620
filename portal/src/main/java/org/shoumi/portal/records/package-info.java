/**
 * Records for inspectors: one person's secrecy file (保密档案) as a PDF, and an Excel workbook of everyone's
 * training, acknowledgements, attempts and pledges for a 保密检查. Nothing is ever deleted, also after a
 * person has left, so their file stays complete.
 */
package org.shoumi.portal.records;
