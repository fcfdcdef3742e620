/**
 * First start of an installation: the demo unit (departments, posts, thirty employees, one login per role)
 * in demo mode, or only an initial administrator in production mode, chosen by MicroProfile Config.
 */
package org.shoumi.portal.setup;
