/**
 * The unit's structure: departments (部门) and posts (岗位). Posts carry the business code that the
 * content pack uses for their secrecy duties (岗位保密职责), so a person's post decides which duties they read.
 */
package org.shoumi.portal.organisation;
