/**
 * Faces backing beans, one sub-package per view folder (login, home, employees), plus {@code shared} for
 * the language switch and bundle-keyed messages. Beans collect input, call one boundary and report by key.
 */
package org.shoumi.portal.web;
