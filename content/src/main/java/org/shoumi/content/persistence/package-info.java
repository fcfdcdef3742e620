/**
 * Mapping support that every module's entities rely on, listed once in the portal's persistence unit:
 * so far the converter that stores instants as timestamps.
 */
package org.shoumi.content.persistence;
