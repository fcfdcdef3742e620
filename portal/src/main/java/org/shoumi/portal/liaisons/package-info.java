/**
 * 兼职保密员: each department names one or more of its own staff as its part-time secrecy liaison, who carries the
 * secrecy office's work into the department. The secrecy office records each appointment and its end (day, the
 * appointing document, the reason), never changing an entry; a department whose liaison left the unit or moved to
 * another department is shown as needing a replacement (及时增补) until the office records the change.
 */
package org.shoumi.portal.liaisons;
