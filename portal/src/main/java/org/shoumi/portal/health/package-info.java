/** MicroProfile Health checks: /health/ready asks the database, /health/live watches the heap. */
package org.shoumi.portal.health;
